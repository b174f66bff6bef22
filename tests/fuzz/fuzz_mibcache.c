/* fuzz_mibcache.c - libFuzzer entry for the compiled MIB cache's
 * decoder (libcore/mib/cache_read.c).  A cache file lives in a directory
 * the user owns and carries a checksum, so a damaged one is normally
 * refused before decoding; this harness goes past that check and feeds
 * the body words straight to mibc_decode, which must treat them as
 * hostile: any input gives NULL or a MIB that is safe to walk, look up,
 * format and free.  An image that decodes must also survive a round
 * trip: encoding it again and decoding that must succeed.  Seeds are
 * bodies of real caches (tests/fuzz/corpus/mibcache/, see README.md). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "mib/cache.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Use M as the apps do: every node's OID, name and label lookup, the
 * diagnostics, a TC number.  The walk is bounded: a well-formed tree has
 * fewer nodes than the image has words, and every node is found again
 * by its own OID. */
static void exercise(const struct sk_mib *m, size_t words)
{
    const struct sk_mib_node *n;
    uint32_t arcs[MIB_MAXOID];
    size_t steps = 0, i, got;
    char buf[64];

    for (n = sk_mib_next(m, NULL); n != NULL; n = sk_mib_next(m, n)) {
        if (++steps > words + 3)
            abort();            /* the walk does not end */
        got = sk_mib_node_oid(n, arcs, MIB_MAXOID);
        if (got == 0 || sk_mib_find_oid(m, arcs, got, &i) == NULL)
            abort();
        (void)sk_mib_node_name(n, buf, sizeof buf);
        if (n->label != NULL)
            (void)sk_mib_find_label(m, n->label);
    }
    for (i = 0; i < sk_mib_diag_count(m); i++)
        (void)strlen(sk_mib_diag(m, i));
    (void)sk_mib_tc_number(m, "DisplayString", NULL);
}

/* Encode M again and decode the result: it must come back. */
static void round_trip(const struct sk_mib *m, const struct sk_mib_cfg *cfg)
{
    struct sk_buf out;
    struct sk_mib *again;

    sk_buf_init(&out, MIBC_MAX);
    if (mibc_encode(m, &out) == 0) {
        if (out.len % 4 != 0)
            abort();
        again = mibc_decode((const uint32_t *)(const void *)out.data,
                            out.len / 4, cfg);
        if (again == NULL)
            abort();
        sk_mib_free(again);
    }
    sk_buf_clear(&out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct sk_mib_cfg cfg = { NULL, "ALL", NULL, 0 };
    size_t words = size / 4;
    uint32_t *body = malloc(words > 0 ? words * 4 : 4);
    struct sk_mib *m;

    if (body == NULL)
        return 0;
    if (words > 0)
        memcpy(body, data, words * 4);  /* aligned, as the reader gets it */
    m = mibc_decode(body, words, &cfg);
    if (m != NULL) {
        exercise(m, words);
        round_trip(m, &cfg);
        sk_mib_free(m);
    }
    free(body);
    return 0;
}
