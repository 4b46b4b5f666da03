@echo off
rem perfsheet launcher for Windows. In a source checkout it builds with Maven on the first run and
rem whenever the sources changed; in the release (perfsheet-<version>.zip unzipped: lib\ beside this
rem file, no pom.xml) it only needs Java 17 or later. perfsheet writes UTF-8, so the console is
rem switched to code page 65001 while it runs (Chinese findings readable on a Chinese Windows
rem console) and set back afterwards. This file must keep CRLF line endings (.gitattributes).
rem Messages that show a path stay outside ( ) blocks: C:\Program Files (x86)\... would end a block.
setlocal
for /f "tokens=2 delims=:." %%c in ('chcp') do set "PERFSHEET_OLDCP=%%c"
chcp 65001 >nul
set "RC=0"
set "HERE=%~dp0"
if exist "%HERE%pom.xml" (
  set "JAR=%HERE%target\perfsheet.jar"
  set "LIB=%HERE%target\lib"
) else (
  set "JAR=%HERE%lib\perfsheet.jar"
  set "LIB=%HERE%lib"
)
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" -version >nul 2>&1
if errorlevel 1 goto :nojava
if not exist "%HERE%pom.xml" goto :run
set "BUILD=0"
if not exist "%JAR%" set "BUILD=1"
if not exist "%LIB%" set "BUILD=1"
rem a source or pom.xml newer than the jar means a rebuild, as ./perfsheet does
if "%BUILD%"=="0" powershell -NoProfile -Command "$j=(Get-Item -LiteralPath $env:JAR).LastWriteTime; if (Get-ChildItem -LiteralPath (Join-Path $env:HERE 'src\main'),(Join-Path $env:HERE 'pom.xml') -Recurse -File | Where-Object { $_.LastWriteTime -gt $j } | Select-Object -First 1) { exit 1 } else { exit 0 }" >nul 2>&1 || set "BUILD=1"
if "%BUILD%"=="0" goto :run
echo perfsheet: 正在构建（首次运行或源代码已更新）/ building (first run or sources changed)... 1>&2
call mvn -q -B -ntp -Dstyle.color=never -DskipTests -Dassembly.skipAssembly=true -f "%HERE%pom.xml" package
if errorlevel 1 goto :buildfailed
:run
if not exist "%JAR%" goto :nojar
"%JAVA%" -Dperfsheet.home="%HERE%." -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 %PERFSHEET_JAVA_OPTS% -cp "%JAR%;%LIB%\*" org.perfsheet.cli.Main %*
set "RC=%ERRORLEVEL%"
goto :end

:nojava
echo perfsheet: 找不到 Java。请安装 Java 17 或更高版本，或设置 JAVA_HOME / Java not found: install Java 17 or later, or set JAVA_HOME 1>&2
set "RC=2"
goto :end

:buildfailed
echo perfsheet: 构建失败，见上方 Maven 输出 / build failed, see Maven's output above 1>&2
set "RC=2"
goto :end

:nojar
echo perfsheet: 找不到 %JAR%，安装不完整，请重新解压发布包 / %JAR% is missing: unzip the release again 1>&2
set "RC=2"

:end
if defined PERFSHEET_OLDCP chcp %PERFSHEET_OLDCP% >nul
endlocal & exit /b %RC%
