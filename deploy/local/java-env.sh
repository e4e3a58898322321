# Sourced by every script: selects a JDK >= 21 (the build's release) and the Maven Wrapper.
# Honours an existing JAVA_HOME when it is new enough.
answerlens_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}'
}
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(answerlens_java_major "$JAVA_HOME")" -lt 21 ] 2>/dev/null; then
  JAVA_HOME=""
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-2*-jdk-* /usr/lib/jvm/java-2*-openjdk-* /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/javac" ] && [ "$(answerlens_java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      JAVA_HOME="$candidate"
      break
    fi
  done
fi
if [ -z "$JAVA_HOME" ]; then
  echo "Answerlens needs a JDK 21 or newer (found none under /usr/lib/jvm); set JAVA_HOME." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
ANSWERLENS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export ANSWERLENS_ROOT
MVNW="$ANSWERLENS_ROOT/mvnw"
