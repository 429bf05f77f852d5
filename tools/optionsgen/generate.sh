#!/bin/sh
# generate.sh OUT.json: build optionsgen, fetch every version's jars
# (resolve.sh) and write the dataset to OUT.json. MVN_FLAGS goes to every
# mvn run (-o once the jars are in the local repository).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=$1
rm -f "$out"
mvn -B -q ${MVN_FLAGS:-} -f "$here/pom.xml" package
grep -v '^#' "$here/versions.txt" | while read -r minor releases; do
	[ -z "$minor" ] && continue
	"$here/resolve.sh" "$minor" "$here/target/jars/$minor" $releases
done
# Flink's classes log through SLF4J, which finds no binding here: drop its
# three-line notice, keep everything else.
java -jar "$here/target/optionsgen.jar" generate \
	--versions "$here/versions.txt" --jars "$here/target/jars" \
	--legacy "$here/legacy.json" --out "$out" 2>&1 | grep -v '^SLF4J: ' >&2 || true
test -s "$out"
