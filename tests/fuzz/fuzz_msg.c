/* fuzz_msg.c - libFuzzer entry for message decoding (DESIGN.md codec
 * rule 9): sk_msg_decode for v1/v2c, sk_msg3_decode plus the plaintext
 * ScopedPDU for v3 (RFC 3412 6), and the notification receiver's
 * sk_notify_recv_decode that snmptrapd runs on every datagram.
 * Whatever decodes must re-encode, and the re-encoding must decode to
 * the same bytes again (the encoder emits only minimal forms, so one
 * more round is a fixed point).  Seeds: tests/fuzz/corpus/msg. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "net/notify_recv.h"
#include "wire/msg.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static uint8_t out1[SK_MSG_MAX], out2[SK_MSG_MAX];

static void round_trip(const uint8_t *data, size_t size)
{
    struct sk_msg m, again;
    struct sk_error err;
    const uint8_t *e1, *e2;
    size_t n1, n2;

    if (sk_msg_decode(data, size, &m, &err) < 0) {
        if (m.pdu != NULL || m.community != NULL)
            abort();            /* a failed decode must leave nothing */
        return;
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
}

/* v3: the header, then the ScopedPDU when it travels in clear. */
static void v3(const uint8_t *data, size_t size)
{
    struct sk_msg3 h;
    struct sk_scoped_pdu sp;
    struct sk_error err;
    const uint8_t *e;
    size_t used, n;

    if (sk_msg3_decode(data, size, &h, &err) < 0)
        return;
    if (h.sec_params_off + h.sec_params_len > size)
        abort();                /* the spans must lie inside the input */
    if ((h.flags & SK_MSG3_FLAG_PRIV) != 0)
        return;
    memset(&sp, 0, sizeof sp);
    if (sk_scoped_pdu_decode(h.data, h.data_len, &sp, &used, &err) < 0) {
        if (sp.pdu != NULL)
            abort();
        return;
    }
    if (used > h.data_len)
        abort();
    if (sk_scoped_pdu_encode(&sp, out1, sizeof out1, &e, &n, &err) < 0 &&
        err.code != SK_ERR_TOO_LONG)
        abort();
    sk_scoped_pdu_clear(&sp);
}

static void notification(const uint8_t *data, size_t size)
{
    struct sk_notification n;
    struct sk_error err;
    const uint8_t *e;
    size_t len;

    memset(&n, 0, sizeof n);
    if (sk_notify_recv_decode(data, size, &n, &err) < 0) {
        if (n.pdu != NULL || n.v2 != NULL)
            abort();
        return;
    }
    (void)sk_notify_ack_encode(&n, out1, sizeof out1, &e, &len, &err);
    sk_notification_clear(&n);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct sk_error err;
    size_t total;

    if (sk_msg_frame_len(data, size, &total, &err) == 1 && total > SK_MSG_MAX)
        abort();
    round_trip(data, size);
    v3(data, size);
    notification(data, size);
    return 0;
}
