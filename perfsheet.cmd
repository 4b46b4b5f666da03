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
for %%j in ("%JAR%") do del /q "%%~dpjperfsheet-java*.aot" "%%~dpjperfsheet-java*.jsa" "%%~dpjperfsheet-layouts.cache" >nul 2>&1
:run
if not exist "%JAR%" goto :nojar
call :cacheflags %1
rem The learned-layout cache beside the jar, as ./perfsheet keeps it (the templates as learned).
set "LAYOUTFLAGS="
if /i not "%PERFSHEET_CACHE%"=="off" for %%j in ("%JAR%") do set "LAYOUTFLAGS=-Dperfsheet.layout-cache="%%~dpjperfsheet-layouts.cache""
set "JOBFLAGS="
if /i not "%~1"=="check" goto :launch
rem Every check on C1 only with the serial collector (see ./perfsheet); watch keeps the defaults.
set "JOBFLAGS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
:launch
"%JAVA%" %CACHEFLAGS% %JOBFLAGS% %LAYOUTFLAGS% -Dperfsheet.home="%HERE%." -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 %PERFSHEET_JAVA_OPTS% -cp "%JAR%;%LIB%\*" org.perfsheet.cli.Main %*
set "RC=%ERRORLEVEL%"
goto :end

:cacheflags
rem Start-up cache beside the jar, one file per Java version, as ./perfsheet keeps it: Java 25 or
rem later an ahead-of-time cache, recorded by the first check (which takes longer for it); 19-24 a
rem class-data archive the JVM records itself and records again when the jar changed; 17-18 one
rem recorded by the first check. Java ignores a stale or unreadable cache; a folder the user cannot
rem write goes without. Unlike ./perfsheet it does not train in the background. PERFSHEET_CACHE=off
rem turns it off. No ( ) blocks here: a path such as C:\Program Files (x86)\... would end one.
set "CACHEFLAGS="
if /i "%PERFSHEET_CACHE%"=="off" goto :eof
set "JMAJOR="
if exist "%JAVA_HOME%\release" if /i "%JAVA%"=="%JAVA_HOME%\bin\java.exe" for /f "tokens=2 delims==" %%v in ('findstr /b "JAVA_VERSION=" "%JAVA_HOME%\release"') do for /f "delims=." %%m in (%%v) do set "JMAJOR=%%m"
if not defined JMAJOR for /f "tokens=3" %%v in ('"%JAVA%" -version 2^>^&1 ^| findstr /i "version"') do for /f "delims=." %%m in (%%v) do set "JMAJOR=%%m"
if not defined JMAJOR goto :eof
if "%JMAJOR%"=="1" goto :eof
for %%j in ("%JAR%") do set "CDIR=%%~dpj"
set "WRITABLE=0"
(echo.>"%CDIR%.perfsheet-write-test") >nul 2>&1 && set "WRITABLE=1"
del /q "%CDIR%.perfsheet-write-test" >nul 2>&1
set "AOT=%CDIR%perfsheet-java%JMAJOR%.aot"
set "JSA=%CDIR%perfsheet-java%JMAJOR%.jsa"
if %JMAJOR% LSS 25 goto :cds
if exist "%AOT%" set "CACHEFLAGS=-Xlog:aot*=off -Xlog:cds*=off -XX:AOTCache="%AOT%""
if exist "%AOT%" goto :eof
if "%WRITABLE%"=="1" if /i "%~1"=="check" set "CACHEFLAGS=-Xlog:aot*=off -Xlog:cds*=off -XX:AOTCacheOutput="%AOT%""
goto :eof
:cds
if %JMAJOR% LSS 19 goto :cds17
if "%WRITABLE%"=="1" set "CACHEFLAGS=-Xlog:cds*=off -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="%JSA%""
if "%WRITABLE%"=="0" if exist "%JSA%" set "CACHEFLAGS=-Xlog:cds*=off -XX:SharedArchiveFile="%JSA%""
goto :eof
:cds17
if exist "%JSA%" set "CACHEFLAGS=-Xlog:cds*=off -XX:SharedArchiveFile="%JSA%""
if exist "%JSA%" goto :eof
if "%WRITABLE%"=="1" if /i "%~1"=="check" set "CACHEFLAGS=-Xlog:cds*=off -XX:ArchiveClassesAtExit="%JSA%""
goto :eof

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
