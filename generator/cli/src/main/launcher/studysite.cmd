@echo off
rem studysite: runs the studysite.jar that sits beside this script.
rem JAVA_HOME picks the Java runtime (else java on the PATH); JAVA_OPTS adds JVM options after the defaults.
rem The first run records the classes studysite loads into a class-data-sharing archive in
rem %LOCALAPPDATA%\studysite\, which later runs map instead of loading the classes again.
setlocal
set "STUDYSITE_JAR=%~dp0studysite.jar"
if exist "%STUDYSITE_JAR%" goto found
echo studysite: error: "%STUDYSITE_JAR%" is missing; build it with: mvn -DskipTests package 1>&2
exit /b 3

:found
set "STUDYSITE_JAVA=java"
if defined JAVA_HOME set "STUDYSITE_JAVA=%JAVA_HOME%\bin\java.exe"

set "STUDYSITE_CDS="
if not defined LOCALAPPDATA goto run
set "STUDYSITE_CACHE=%LOCALAPPDATA%\studysite"
set "STUDYSITE_ARCHIVE=%STUDYSITE_CACHE%\@project.version@.jsa"
if not exist "%STUDYSITE_CACHE%" mkdir "%STUDYSITE_CACHE%" 2>nul
if exist "%STUDYSITE_ARCHIVE%" set STUDYSITE_CDS=-Xshare:auto "-XX:SharedArchiveFile=%STUDYSITE_ARCHIVE%"
if not exist "%STUDYSITE_ARCHIVE%" if exist "%STUDYSITE_CACHE%" set STUDYSITE_CDS="-XX:ArchiveClassesAtExit=%STUDYSITE_ARCHIVE%"

:run
"%STUDYSITE_JAVA%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 %STUDYSITE_CDS% -Xlog:cds=off -Xlog:cds+dynamic=off %JAVA_OPTS% -jar "%STUDYSITE_JAR%" %*
exit /b %ERRORLEVEL%
