/* trapblast.c - send COUNT pre-encoded SNMPv2c traps to a UDP receiver
 * at RATE per second, for bench/trapflood.sh.  Not part of the build:
 * the script compiles it with cc -O2.
 *
 *   trapblast HOST PORT RATE COUNT [RUN]
 *
 * Every message is encoded before the clock starts, so the sender's own
 * cost is one sendmmsg() per batch.  Each trap carries a distinct
 * request-id and a Counter32 varbind (.1.3.6.1.4.1.99999.2 = sequence
 * number) plus the run number (.1.3.6.1.4.1.99999.1), so the receiver's
 * log can be counted per run.  Pacing is by absolute deadlines: a batch
 * every BATCH/RATE seconds, so a late wake-up is caught up, not lost.
 * Prints "sent N in S s (R/s)" on stdout. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MSG_CAP 128
#define MAX_BATCH 64

struct enc {
    uint8_t *p;     /* next free byte */
    uint8_t *end;
};

/* Append a BER length (X.690 8.1.3, short or long form up to 65535). */
static void put_len(struct enc *e, size_t n)
{
    if (n < 128) {
        *e->p++ = (uint8_t)n;
    } else if (n < 256) {
        *e->p++ = 0x81;
        *e->p++ = (uint8_t)n;
    } else {
        *e->p++ = 0x82;
        *e->p++ = (uint8_t)(n >> 8);
        *e->p++ = (uint8_t)n;
    }
}

static void put_tlv(struct enc *e, uint8_t tag, const uint8_t *v, size_t n)
{
    *e->p++ = tag;
    put_len(e, n);
    memcpy(e->p, v, n);
    e->p += n;
}

/* An unsigned value as a minimal BER INTEGER body (X.690 8.3.2): a
 * leading zero octet when the top bit would otherwise read as a sign. */
static void put_uint(struct enc *e, uint8_t tag, uint32_t v)
{
    uint8_t b[5];
    size_t n = 0, i;

    for (i = 0; i < 4; i++) {
        uint8_t o = (uint8_t)(v >> (24 - 8 * i));

        if (n == 0 && o == 0 && i < 3)
            continue;
        if (n == 0 && (o & 0x80))
            b[n++] = 0;
        b[n++] = o;
    }
    put_tlv(e, tag, b, n);
}

/* Varbind NAME = unsigned V with value tag TAG, or an OID value. */
static void put_vb(struct enc *e, const uint8_t *name, size_t nlen,
                   uint8_t tag, uint32_t v, const uint8_t *oid, size_t olen)
{
    uint8_t tmp[MSG_CAP];
    struct enc in = { tmp, tmp + sizeof tmp };

    put_tlv(&in, 0x06, name, nlen);
    if (oid != NULL)
        put_tlv(&in, 0x06, oid, olen);
    else
        put_uint(&in, tag, v);
    put_tlv(e, 0x30, tmp, (size_t)(in.p - tmp));
}

/* One SNMPv2c SNMPv2-Trap-PDU (RFC 3416 4.2.6); returns its length. */
static size_t encode_trap(uint8_t *out, uint32_t seq, uint32_t run)
{
    static const uint8_t uptime[] = { 0x2b, 6, 1, 2, 1, 1, 3, 0 };
    static const uint8_t trapoid[] = { 0x2b, 6, 1, 6, 3, 1, 1, 4, 1, 0 };
    static const uint8_t coldstart[] = { 0x2b, 6, 1, 6, 3, 1, 1, 5, 1 };
    static const uint8_t runoid[] = { 0x2b, 6, 1, 4, 1, 0x86, 0x8d, 0x1f,
                                      1 };
    static const uint8_t seqoid[] = { 0x2b, 6, 1, 4, 1, 0x86, 0x8d, 0x1f,
                                      2 };
    uint8_t vbs[MSG_CAP], pdu[MSG_CAP], msg[MSG_CAP];
    struct enc v = { vbs, vbs + sizeof vbs };
    struct enc p = { pdu, pdu + sizeof pdu };
    struct enc m = { msg, msg + sizeof msg };
    struct enc o = { out, out + MSG_CAP };

    put_vb(&v, uptime, sizeof uptime, 0x43, seq, NULL, 0);
    put_vb(&v, trapoid, sizeof trapoid, 0, 0, coldstart, sizeof coldstart);
    put_vb(&v, runoid, sizeof runoid, 0x02, run, NULL, 0);
    put_vb(&v, seqoid, sizeof seqoid, 0x41, seq, NULL, 0);
    put_uint(&p, 0x02, seq + 1);            /* request-id */
    put_uint(&p, 0x02, 0);                  /* error-status */
    put_uint(&p, 0x02, 0);                  /* error-index */
    put_tlv(&p, 0x30, vbs, (size_t)(v.p - vbs));
    put_uint(&m, 0x02, 1);                  /* version: v2c */
    put_tlv(&m, 0x04, (const uint8_t *)"public", 6);
    put_tlv(&m, 0xa7, pdu, (size_t)(p.p - pdu));
    put_tlv(&o, 0x30, msg, (size_t)(m.p - msg));
    return (size_t)(o.p - out);
}

static double now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void sleep_until(double t)
{
    struct timespec ts;

    ts.tv_sec = (time_t)t;
    ts.tv_nsec = (long)((t - (double)ts.tv_sec) * 1e9);
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) ==
           EINTR)
        ;
}

/* Send msgs[0..count) in batches of BATCH, one batch per BATCH/RATE s. */
static int blast(int fd, uint8_t (*msgs)[MSG_CAP], const size_t *lens,
                 size_t count, double rate, size_t batch)
{
    struct mmsghdr mm[MAX_BATCH];
    struct iovec iov[MAX_BATCH];
    double start = now(), t;
    size_t sent = 0, i, k;

    while (sent < count) {
        k = count - sent < batch ? count - sent : batch;
        memset(mm, 0, sizeof mm);
        for (i = 0; i < k; i++) {
            iov[i].iov_base = msgs[sent + i];
            iov[i].iov_len = lens[sent + i];
            mm[i].msg_hdr.msg_iov = &iov[i];
            mm[i].msg_hdr.msg_iovlen = 1;
        }
        /* a full socket buffer (ENOBUFS/EAGAIN) is retried: the point
         * is to measure the receiver, not to lose in our own kernel */
        i = 0;
        while (i < k) {
            int r = sendmmsg(fd, mm + i, (unsigned)(k - i), 0);

            if (r < 0 && errno != EINTR && errno != ENOBUFS &&
                errno != EAGAIN && errno != ECONNREFUSED) {
                perror("sendmmsg");
                return -1;
            }
            if (r > 0)
                i += (size_t)r;
        }
        sent += k;
        t = start + (double)sent / rate;
        if (t > now())
            sleep_until(t);
    }
    t = now() - start;
    printf("sent %zu in %.3f s (%.0f/s)\n", sent, t, (double)sent / t);
    return 0;
}

int main(int argc, char **argv)
{
    struct sockaddr_in dst;
    uint8_t (*msgs)[MSG_CAP];
    size_t *lens, count, batch, i;
    double rate;
    uint32_t run;
    int fd, rc;

    if (argc < 5 || argc > 6) {
        fprintf(stderr, "usage: trapblast HOST PORT RATE COUNT [RUN]\n");
        return 2;
    }
    memset(&dst, 0, sizeof dst);
    dst.sin_family = AF_INET;
    dst.sin_port = htons((uint16_t)strtoul(argv[2], NULL, 10));
    rate = strtod(argv[3], NULL);
    count = strtoul(argv[4], NULL, 10);
    run = argc == 6 ? (uint32_t)strtoul(argv[5], NULL, 10) : 1;
    if (inet_pton(AF_INET, argv[1], &dst.sin_addr) != 1 || rate <= 0 ||
        count == 0) {
        fprintf(stderr, "trapblast: bad arguments\n");
        return 2;
    }
    /* about one batch per 100 us at high rates, single sends when slow */
    batch = (size_t)(rate / 10000.0);
    batch = batch < 1 ? 1 : batch > MAX_BATCH ? MAX_BATCH : batch;
    msgs = malloc(count * sizeof *msgs);
    lens = malloc(count * sizeof *lens);
    if (msgs == NULL || lens == NULL) {
        fprintf(stderr, "trapblast: out of memory\n");
        return 1;
    }
    for (i = 0; i < count; i++)
        lens[i] = encode_trap(msgs[i], (uint32_t)i, run);
    fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0 || connect(fd, (struct sockaddr *)&dst, sizeof dst) < 0) {
        perror("trapblast: socket");
        return 1;
    }
    rc = blast(fd, msgs, lens, count, rate, batch);
    close(fd);
    free(msgs);
    free(lens);
    return rc < 0 ? 1 : 0;
}
