@echo off
rem The autogen command line on Windows: runs cli\target\autogen.jar (or %AUTOGEN_JAR%) with JVM
rem options suited to a short-lived command (see bin/autogen). AUTOGEN_JAVA_OPTS replaces them.
setlocal
set "AUTOGEN_HOME=%~dp0.."
if not defined AUTOGEN_JAR set "AUTOGEN_JAR=%AUTOGEN_HOME%\cli\target\autogen.jar"
if not exist "%AUTOGEN_JAR%" (
  echo autogen: %AUTOGEN_JAR% does not exist. Build it with 'mvn -DskipTests install', or set AUTOGEN_JAR to the autogen jar. 1>&2
  exit /b 3
)
set "JAVA_EXE=java"
if not defined JAVA_HOME (
  where java >nul 2>nul || (
    echo autogen: no java on the PATH. Install a JDK 17 or later, or set JAVA_HOME to one. 1>&2
    exit /b 3
  )
)
if defined JAVA_HOME set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if defined JAVA_HOME if not exist "%JAVA_EXE%" (
  echo autogen: JAVA_HOME is %JAVA_HOME%, which has no bin\java.exe. Point it at a JDK 17 or later, or unset it. 1>&2
  exit /b 3
)
if not defined AUTOGEN_JAVA_OPTS set "AUTOGEN_JAVA_OPTS=-XX:TieredStopAtLevel=1"
"%JAVA_EXE%" %AUTOGEN_JAVA_OPTS% -jar "%AUTOGEN_JAR%" %*
exit /b %ERRORLEVEL%
