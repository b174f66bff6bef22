/* fuzz_mib.c - libFuzzer entry for the MIB parser and linker (after
 * Net-SNMP's testing/fuzzing/snmp_mib_fuzzer.c).  The input is parsed as
 * the text of one MIB file, then linked; whatever it holds must neither
 * crash nor leak, and the tree must stay walkable.  Build with clang
 * -fsanitize=fuzzer,address,undefined -Ilibcore, linking the .c files
 * of libcore/base and libcore/mib; seed with tests/data/mibs.  The
 * parser options (-Pc, -Pu, -PR) come from the input's length, so that
 * every seed meets each of them.  No search path: IMPORTS stay
 * unresolved, which keeps one run to one file. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "mib/mib_int.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct sk_mib_cfg cfg = {
        NULL, NULL, NULL, SK_MIB_DESCRIPTIONS | ((unsigned)size & 0x0eu),
    };
    const struct sk_mib_node *n;
    struct sk_error err;
    struct sk_mib *mib = sk_mib_load(&cfg, &err);
    uint32_t arcs[MIB_MAXOID];
    size_t count = 0;

    if (mib == NULL)
        return 0;
    mib_parse_file(mib, "fuzz", (const char *)data, size);
    mib_link_all(mib);
    for (n = sk_mib_next(mib, NULL); n != NULL; n = sk_mib_next(mib, n)) {
        if (sk_mib_node_oid(n, arcs, MIB_MAXOID) == 0)
            abort();            /* every node is at most 128 arcs deep */
        count++;
    }
    (void)count;
    sk_mib_free(mib);
    return 0;
}
