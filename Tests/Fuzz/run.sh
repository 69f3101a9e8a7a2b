#!/usr/bin/env bash
# Builds and runs the libFuzzer harnesses (README "Fuzzing"): the CSV reader with both importers' row
# checks, and the curricula parser with lint. Not part of `swift test`.
#
#   Tests/Fuzz/run.sh [csv|curricula|all] [RUNS] [extra libFuzzer flags…]     (defaults: all 1000000)
#
# Each harness is compiled with `swiftc -sanitize=fuzzer` straight from the sources it exercises (MusterCore,
# Yams and its C libyaml, and for csv the reader files of MusterStore/Import), so neither GRDB nor the rest
# of the package is rebuilt with instrumentation. The committed seeds in corpus/<name>/ are only read; what
# libFuzzer learns goes to .build/fuzz/corpus/<name>/ and crash inputs to .build/fuzz/crashes/.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
which=${1:-all}
runs=${2:-1000000}
shift $(( $# > 2 ? 2 : $# ))
out=$root/.build/fuzz
swiftc=${SWIFTC:-swiftc}
clang=${CLANG:-$(dirname "$(command -v "$swiftc")")/clang}
flags=(-O -sanitize=fuzzer -parse-as-library -package-name muster)

yams=$root/.build/checkouts/Yams/Sources
if [ ! -d "$yams" ]; then
    swift package --package-path "$root" resolve >/dev/null
fi
mkdir -p "$out/obj" "$out/crashes"

build_core() {
    # libyaml, instrumented like the Swift code so coverage reaches the parser underneath Yams.
    for source in "$yams"/CYaml/src/*.c; do
        "$clang" -c -O2 -fsanitize=fuzzer-no-link -DYAML_DECLARE_STATIC -I "$yams/CYaml/include" \
            "$source" -o "$out/obj/cyaml-$(basename "$source" .c).o"
    done
    "$swiftc" "${flags[@]}" -module-name Yams -swift-version 5 -wmo -c -D SWIFT_PACKAGE -Xcc -DYAML_DECLARE_STATIC -I "$yams/CYaml/include" \
        -emit-module -emit-module-path "$out/Yams.swiftmodule" "$yams"/Yams/*.swift -o "$out/obj/Yams.o"
    # The shipped curricula are embedded by a build plugin; the harnesses need none of them.
    printf 'enum ShippedCurriculaFiles {\n    static let files: [(path: String, text: String)] = []\n}\n' \
        > "$out/ShippedCurriculaFiles.swift"
    find "$root/Sources/MusterCore" -name '*.swift' | sort > "$out/core-sources"
    "$swiftc" "${flags[@]}" -module-name MusterCore -swift-version 6 -wmo -c -I "$out" -Xcc -I -Xcc "$yams/CYaml/include" \
        -emit-module -emit-module-path "$out/MusterCore.swiftmodule" \
        $(cat "$out/core-sources") "$out/ShippedCurriculaFiles.swift" -o "$out/obj/MusterCore.o"
}

build_harness() {
    local name=$1; shift
    "$swiftc" "${flags[@]}" -module-name "Fuzz_$name" -swift-version 6 -I "$out" -Xcc -I -Xcc "$yams/CYaml/include" "$@" \
        "$out/obj/MusterCore.o" "$out/obj/Yams.o" "$out"/obj/cyaml-*.o -o "$out/fuzz-$name"
}

run_harness() {
    local name=$1; shift
    mkdir -p "$out/corpus/$name"
    local dict=()
    [ -f "$root/Tests/Fuzz/$name.dict" ] && dict=(-dict="$root/Tests/Fuzz/$name.dict")
    echo "== fuzz-$name: $runs runs"
    local start=$SECONDS
    "$out/fuzz-$name" -runs="$runs" -max_len=4096 -timeout=10 -print_final_stats=1 \
        -artifact_prefix="$out/crashes/$name-" "${dict[@]}" "$@" \
        "$out/corpus/$name" "$root/Tests/Fuzz/corpus/$name"
    echo "== fuzz-$name: $runs runs in $(( SECONDS - start )) s, no crash"
}

echo "building into $out"
# MusterCore and Yams take minutes under -O; rebuilt only when a source is newer than the objects.
if [ ! -f "$out/obj/MusterCore.o" ] || [ -n "$(find "$root/Sources/MusterCore" "$yams" "$0" -newer "$out/obj/MusterCore.o" -name '*.*' | head -1)" ]; then
    build_core
fi
case $which in
    csv|all) build_harness csv "$root/Tests/Fuzz/FuzzCSV.swift" \
        "$root"/Sources/MusterStore/Import/{CSVText,CSVTable,ImportProblem,OfficerCSV,RosterCSV}.swift ;;&
    curricula|all) build_harness curricula "$root/Tests/Fuzz/FuzzCurricula.swift" ;;&
    csv|curricula|all) ;;
    *) echo "usage: $0 [csv|curricula|all] [RUNS] [libFuzzer flags…]" >&2; exit 2 ;;
esac
case $which in
    csv|all) run_harness csv "$@" ;;&
    curricula|all) run_harness curricula "$@" ;;
esac
