/* fuzz_msg.c - libFuzzer entry for sk_msg_decode (DESIGN.md codec rule 9).
 * Whatever decodes must re-encode, and the re-encoding must decode to the
 * same bytes again (the encoder emits only minimal forms, so one more
 * round is a fixed point).  Build with clang
 * -fsanitize=fuzzer,address,undefined -Ilibcore, linking the .c files of
 * libcore/base and libcore/wire; seed with tests/data/packets. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "wire/msg.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static uint8_t out1[SK_MSG_MAX], out2[SK_MSG_MAX];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct sk_msg m, again;
    struct sk_error err;
    const uint8_t *e1, *e2;
    size_t n1, n2, total;

    if (sk_msg_frame_len(data, size, &total, &err) == 1 && total > SK_MSG_MAX)
        abort();
    if (sk_msg_decode(data, size, &m, &err) < 0) {
        if (m.pdu != NULL || m.community != NULL)
            abort();            /* a failed decode must leave nothing */
        return 0;
    }
    /* Lenient input forms (padding, non-minimal lengths) may make the
     * first encoding shorter, or even fail for values that do not fit
     * their type; a second round must reproduce the first exactly. */
    if (sk_msg_encode(&m, out1, sizeof out1, &e1, &n1, &err) == 0) {
        if (sk_msg_decode(e1, n1, &again, &err) < 0)
            abort();
        if (sk_msg_encode(&again, out2, sizeof out2, &e2, &n2, &err) < 0 ||
            n1 != n2 || memcmp(e1, e2, n1) != 0)
            abort();
        sk_msg_clear(&again);
    }
    sk_msg_clear(&m);
    return 0;
}
