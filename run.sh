#!/usr/bin/env bash
# Builds the platform and runs all of it on this machine: Kafka, a MongoDB stand-in, Keycloak and every service, as
# children of one launcher (infra/README.md). Needs only a JDK 21 or newer; Maven comes with the wrapper and fetches
# everything else from Maven Central on the first run. Arguments go to the launcher: ./run.sh --help
set -euo pipefail
cd "$(dirname "$0")"

is_jdk21() { "$1/bin/java" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; }

# The JDK: JAVA_HOME if it is 21+, else the java on the PATH if it is, else one of the usual Linux installations.
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && is_jdk21 "$JAVA_HOME"; then
  :
elif command -v java >/dev/null && is_jdk21 "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
else
  JAVA_HOME=""
  for candidate in /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/javac" ] && is_jdk21 "$candidate"; then JAVA_HOME="$candidate"; fi
  done
  if [ -z "$JAVA_HOME" ]; then
    echo "run.sh needs a JDK 21 or newer: set JAVA_HOME to one." >&2
    exit 1
  fi
fi
export JAVA_HOME

echo "Building with $("$JAVA_HOME/bin/java" -version 2>&1 | head -1) (the first build downloads Kafka, Keycloak and the services' libraries)..."
# -am builds the services and the gateway the launcher starts, and unpacks Keycloak; tests are left to ./mvnw verify
./mvnw -B -q -pl infra -am package -DskipTests
exec "$JAVA_HOME/bin/java" -Xms16m -Xmx64m -XX:+UseSerialGC -jar infra/target/infra.jar "$@"
