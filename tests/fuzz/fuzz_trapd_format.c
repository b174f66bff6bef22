/* fuzz_trapd_format.c - libFuzzer entry for snmptrapd's output
 * formatter (apps/snmptrapd/format.c): a format string (format1/format2,
 * -F) applied to a decoded notification.  Input: the format up to the
 * first NUL, then a v1/v2c message; when that does not decode, one of
 * two fixed traps (v1 or v2c, by the format's length) stands in, so
 * that every input exercises the %-directives.  The v1 default layout
 * (trapd_format_v1) runs too.  Seeds: tests/fuzz/corpus/trapd_format. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <arpa/inet.h>
#include <netinet/in.h>

#include "net/notify_recv.h"
#include "snmptrapd/trapd.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Net-SNMP 5.9.3 snmptrap -v1 ... 1.3.6.1.4.1.8072 10.0.0.1 6 17 1234 */
static const uint8_t v1_trap[] = {
    0x30, 0x4d, 0x02, 0x01, 0x00, 0x04, 0x06, 0x70, 0x75, 0x62, 0x6c,
    0x69, 0x63, 0xa4, 0x40, 0x06, 0x07, 0x2b, 0x06, 0x01, 0x04, 0x01,
    0xbf, 0x08, 0x40, 0x04, 0x0a, 0x00, 0x00, 0x01, 0x02, 0x01, 0x06,
    0x02, 0x01, 0x11, 0x43, 0x02, 0x04, 0xd2, 0x30, 0x25, 0x30, 0x0d,
    0x06, 0x07, 0x2b, 0x06, 0x01, 0x04, 0x01, 0x01, 0x01, 0x04, 0x02,
    0x68, 0x69, 0x30, 0x14, 0x06, 0x07, 0x2b, 0x06, 0x01, 0x04, 0x01,
    0x01, 0x02, 0x46, 0x09, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xff, 0xff,
};
/* snmptrap -v2c ... 555 coldStart sysDescr.0 s text 1.3.6.1.4.1.2 x 00 */
static const uint8_t v2_trap[] = {
    0x30, 0x63, 0x02, 0x01, 0x01, 0x04, 0x06, 0x70, 0x75, 0x62, 0x6c,
    0x69, 0x63, 0xa7, 0x56, 0x02, 0x04, 0x5b, 0x69, 0x86, 0xa0, 0x02,
    0x01, 0x00, 0x02, 0x01, 0x00, 0x30, 0x48, 0x30, 0x0e, 0x06, 0x08,
    0x2b, 0x06, 0x01, 0x02, 0x01, 0x01, 0x03, 0x00, 0x43, 0x02, 0x02,
    0x2b, 0x30, 0x17, 0x06, 0x0a, 0x2b, 0x06, 0x01, 0x06, 0x03, 0x01,
    0x01, 0x04, 0x01, 0x00, 0x06, 0x09, 0x2b, 0x06, 0x01, 0x06, 0x03,
    0x01, 0x01, 0x05, 0x01, 0x30, 0x10, 0x06, 0x08, 0x2b, 0x06, 0x01,
    0x02, 0x01, 0x01, 0x01, 0x00, 0x04, 0x04, 0x74, 0x65, 0x78, 0x74,
    0x30, 0x0b, 0x06, 0x06, 0x2b, 0x06, 0x01, 0x04, 0x01, 0x02, 0x04,
    0x01, 0x00,
};

#ifndef SK_SRCMIBDIR
#define SK_SRCMIBDIR "mibs"
#endif

static struct trapd t;
static struct trapd_origin from;
static int ready;

static void setup(void)
{
    struct sk_mib_cfg cfg;
    struct sk_error err;
    struct sockaddr_in *sin = (struct sockaddr_in *)&from.src;

    if (ready)
        return;
    ready = 1;
    memset(&cfg, 0, sizeof cfg);
    cfg.dirs = SK_SRCMIBDIR;
    cfg.modules = "SNMPv2-MIB:IF-MIB";
    t.mib = sk_mib_load(&cfg, &err);
    sk_fmt_opts_init(&t.fmt);
    /* no name lookups: %A looks the agent up only with -n */
    t.opts.numeric = false;
    from.family = AF_INET;
    sin->sin_family = AF_INET;
    sin->sin_port = htons(5000);
    sin->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    from.srclen = sizeof *sin;
    from.fd = -1;
}

static int decode(const uint8_t *p, size_t n, bool v1,
                  struct sk_notification *out)
{
    struct sk_error err;

    if (n > 0 && sk_notify_recv_decode(p, n, out, &err) == 0)
        return 0;
    if (v1)
        return sk_notify_recv_decode(v1_trap, sizeof v1_trap, out, &err);
    return sk_notify_recv_decode(v2_trap, sizeof v2_trap, out, &err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *nul = memchr(data, 0, size);
    size_t flen = nul != NULL ? (size_t)(nul - data) : size;
    struct sk_notification n;
    struct trapd_event ev;
    struct sk_buf out;
    char *fmt;

    setup();
    fmt = malloc(flen + 1);
    if (fmt == NULL)
        return 0;
    memcpy(fmt, data, flen);
    fmt[flen] = '\0';
    memset(&n, 0, sizeof n);
    if (decode(data + flen + (nul != NULL), size - flen - (nul != NULL),
               (flen & 1) != 0, &n) < 0) {
        free(fmt);
        return 0;
    }
    memset(&ev, 0, sizeof ev);
    ev.t = &t;
    ev.n = &n;
    ev.from = &from;
    memcpy(ev.addr, "UDP: [127.0.0.1]:5000->[127.0.0.1]:162", 39);
    sk_buf_init(&out, 1u << 16);
    (void)trapd_format(&ev, fmt, &t.fmt, &out);
    sk_buf_clear(&out);
    if (n.version == SK_VERSION_1) {
        sk_buf_init(&out, 1u << 16);
        (void)trapd_format_v1(&ev, &out);
        sk_buf_clear(&out);
    }
    sk_notification_clear(&n);
    free(fmt);
    return 0;
}
