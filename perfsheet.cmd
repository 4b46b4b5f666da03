@echo off
rem perfsheet launcher for Windows: builds with Maven on the first run, then runs.
setlocal
set "HERE=%~dp0"
if not exist "%HERE%target\perfsheet.jar" (
  echo perfsheet: building ... 1>&2
  call mvn -q -B -ntp -Dstyle.color=never -DskipTests -f "%HERE%pom.xml" package || exit /b 2
)
java -Dperfsheet.home="%HERE%." -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 %PERFSHEET_JAVA_OPTS% -cp "%HERE%target\perfsheet.jar;%HERE%target\lib\*" org.perfsheet.cli.Main %*
