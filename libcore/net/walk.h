/* walk.h - the GETNEXT/GETBULK subtree walk loop of snmpwalk and
 * snmpbulkwalk, as an iterator.  Printing stays with the caller. */
#ifndef SK_NET_WALK_H
#define SK_NET_WALK_H

#include <stdbool.h>
#include <stdint.h>

#include "base/err.h"
#include "net/session.h"
#include "wire/pdu.h"

struct sk_walk_cfg {
    struct sk_oid root;       /* where the walk starts */
    struct sk_oid end;        /* stop at the first name >= end (snmpwalk,
                                 -CE) ; ignored for bulk, which uses a
                                 prefix test against root */
    bool bulk;                /* GETBULK (snmpbulkwalk) vs GETNEXT */
    int32_t non_repeaters;    /* bulk only */
    int32_t max_repetitions;  /* bulk only */
    bool check_increasing;    /* false with -Cc */
};

enum sk_walk_status {
    SK_WALK_VARBIND = 1,      /* *vb is the next varbind to print */
    SK_WALK_DONE = 0,         /* left the subtree or hit an exception */
    SK_WALK_END_OF_MIB = 2,   /* v1 noSuchName at the end ("End of MIB") */
    SK_WALK_NOT_INCREASING = 3, /* after the offending varbind was
                                   returned; see sk_walk_prev_name() */
    SK_WALK_PDU_ERROR = 4,    /* error-status; see sk_walk_response() */
    SK_WALK_FAILED = -1,      /* *err set (timeout, send failure...) */
};

struct sk_walk;

/* A walker over session S (borrowed; must outlive the walk). */
struct sk_walk *sk_walk_new(struct sk_session *s, const struct sk_walk_cfg *cfg,
                            struct sk_error *err);
/* Advance.  On SK_WALK_VARBIND, *VB is borrowed until the next call,
 * or until the one after when that call is SK_WALK_NOT_INCREASING. */
enum sk_walk_status sk_walk_next(struct sk_walk *w,
                                 const struct sk_varbind **vb,
                                 struct sk_error *err);
/* The response that caused SK_WALK_PDU_ERROR (borrowed). */
const struct sk_pdu *sk_walk_response(const struct sk_walk *w);
/* The name the last request asked for: the "A" of "OID not increasing:
 * A >= B" (B is the varbind returned just before). */
const struct sk_oid *sk_walk_prev_name(const struct sk_walk *w);
/* True when the next sk_walk_next() sends a request and waits for the
 * reply: the moment for a caller holding output back to hand it on. */
bool sk_walk_will_wait(const struct sk_walk *w);
/* Number of varbinds returned so far (snmpwalk's numprinted). */
unsigned long sk_walk_count(const struct sk_walk *w);
/* NULL-safe. */
void sk_walk_free(struct sk_walk *w);

#endif
