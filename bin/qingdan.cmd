@echo off
rem qingdan launcher for Windows: the same as bin/qingdan for Linux and macOS. It runs the jar
rem with the JVM settings qingdan is measured with (docs/performance.md) and a start-up cache for
rem the Java it finds:
rem   - Java 25 or later: an AOT cache (-XX:AOTCache), qingdan-java<version>.aot;
rem   - Java 17 to 24: a class-data-sharing archive, qingdan-java<version>.jsa.
rem Where the build made none (a release archive, another Java), the first run starts one in the
rem background, from the example catalogues, beside the jar if that folder is writable; later
rem runs use it. A cache the JVM finds stale is ignored by the JVM, silently.
rem
rem Java: JAVA_HOME, else java on PATH; 17 or later.
rem QINGDAN_JAVA_OPTS replaces the default JVM options (heap, GC); QINGDAN_CDS=0 turns the cache off.
setlocal EnableExtensions DisableDelayedExpansion

set "QD_HOME=%~dp0.."
set "QD_JAR=%QINGDAN_JAR%"
if not defined QD_JAR if exist "%QD_HOME%\lib\qingdan.jar" set "QD_JAR=%QD_HOME%\lib\qingdan.jar"
if not defined QD_JAR set "QD_JAR=%QD_HOME%\target\qingdan.jar"
if exist "%QD_JAR%" goto :found_jar
echo qingdan: %QD_JAR% not found; build it first: mvnw.cmd -B -q package -DskipTests 1>&2
exit /b 3
:found_jar

set "QD_JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "QD_JAVA=%JAVA_HOME%\bin\java.exe"
if not defined QD_JAVA for %%j in (java.exe) do set "QD_JAVA=%%~$PATH:j"
if defined QD_JAVA goto :found_java
echo qingdan: Java 17 or later is needed: install one (e.g. Eclipse Temurin 17 or 21, the .msi sets JAVA_HOME) and open a new window 1>&2
exit /b 3
:found_java

rem The Java's version, from its release file (no JVM start); else from java -version.
set "QD_VERSION="
for %%j in ("%QD_JAVA%") do set "QD_JAVA_BIN=%%~dpj"
if exist "%QD_JAVA_BIN%..\release" for /f "usebackq tokens=1,* delims==" %%a in ("%QD_JAVA_BIN%..\release") do if "%%a"=="JAVA_VERSION" set "QD_VERSION=%%~b"
if not defined QD_VERSION for /f "tokens=3" %%v in ('call "%QD_JAVA%" -version 2^>^&1 ^| findstr /i /c:"version"') do set "QD_VERSION=%%~v"
set "QD_FEATURE=0"
for /f "tokens=1 delims=.+-" %%f in ("%QD_VERSION%") do set "QD_FEATURE=%%f"
if %QD_FEATURE% GEQ 17 goto :java_ok
echo qingdan: Java 17 or later is needed; %QD_JAVA% is Java %QD_VERSION% 1>&2
exit /b 3
:java_ok

rem 1.2 GB is enough for a national check (about a million facts). ParallelGC: a large check
rem spends most of its rule-running time collecting, and this collector does it on every core;
rem a small one starts as fast. C1 alone serves short runs best. See docs/performance.md.
set "QD_OPTS=-Xmx1200m -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -Xss4m"
if defined QINGDAN_JAVA_OPTS set "QD_OPTS=%QINGDAN_JAVA_OPTS%"

for %%f in ("%QD_JAR%") do set "QD_DIR=%%~dpf"
set "QD_CACHE=%QD_DIR%qingdan-java%QD_VERSION%.jsa"
if %QD_FEATURE% GEQ 25 set "QD_CACHE=%QD_DIR%qingdan-java%QD_VERSION%.aot"
set "QD_EXAMPLES="
if exist "%QD_HOME%\catalogues\" set "QD_EXAMPLES=%QD_HOME%\catalogues"
if exist "%QD_HOME%\examples\" set "QD_EXAMPLES=%QD_HOME%\examples"

set "QD_CDS="
if "%QINGDAN_CDS%"=="0" goto :run
if not exist "%QD_CACHE%" goto :train
if %QD_FEATURE% GEQ 25 set QD_CDS="-XX:AOTCache=%QD_CACHE%" -Xlog:aot=off -Xlog:cds=off
if %QD_FEATURE% LSS 25 set QD_CDS="-XX:SharedArchiveFile=%QD_CACHE%" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
goto :run

:train
rem Made in the background, at low priority, from the example catalogues, under a temporary name
rem then renamed, so a run never sees half a cache. The user's run is not delayed or changed.
if not defined QD_EXAMPLES goto :run
if exist "%QD_CACHE%.tmp" goto :run
copy /y nul "%QD_CACHE%.probe" >nul 2>&1 || goto :run
del "%QD_CACHE%.probe" >nul 2>&1
set QD_MAKE="-XX:ArchiveClassesAtExit=%QD_CACHE%.tmp" -Xlog:cds=off -Xlog:cds+dynamic=off
if %QD_FEATURE% GEQ 25 set QD_MAKE="-XX:AOTCacheOutput=%QD_CACHE%.tmp"
start "" /b /low cmd /d /c ""%QD_JAVA%" %QD_OPTS% %QD_MAKE% -jar "%QD_JAR%" check --fail-on none --format json --output "%QD_CACHE%.tmp.json" "%QD_EXAMPLES%" >nul 2>&1 && move /y "%QD_CACHE%.tmp" "%QD_CACHE%" >nul 2>&1 & del /q "%QD_CACHE%.tmp" "%QD_CACHE%.tmp.json" "%QD_CACHE%.tmp.config" >nul 2>&1"

:run
"%QD_JAVA%" %QD_OPTS% %QD_CDS% -jar "%QD_JAR%" %*
exit /b %ERRORLEVEL%
