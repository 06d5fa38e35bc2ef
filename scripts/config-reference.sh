#!/bin/sh
# Regenerates, from the settings registries (gold.protocol.client.ClientKeys, gold.server.config.ServerKeys),
# the key tables of docs/configuration.md and the comment above each key of etc/gold.conf and
# etc/goldd.conf. ConfigReferenceTest fails until the committed files match what this writes.
set -e
cd "$(dirname "$0")/.."
. scripts/jdk.sh
mvn -B -q -DskipTests compile -pl goldd -am
java -cp protocol/target/classes:goldd/target/classes gold.server.config.ConfigReference .
