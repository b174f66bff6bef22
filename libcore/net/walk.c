/* walk.c - the subtree walk of snmpwalk (GETNEXT) and snmpbulkwalk
 * (GETBULK) as an iterator; the caller prints.
 *
 * Net-SNMP 5.9 behaviours replicated (apps/snmpwalk.c and
 * apps/snmpbulkwalk.c main loops):
 *  - Each response's varbinds are scanned in order.  A varbind outside
 *    the walk is skipped (not returned, not counted), marks the walk as
 *    finished, and the scan goes on over the rest of the response.
 *    GETNEXT: "outside" means name >= cfg->end.  GETBULK: name does not
 *    start with cfg->root.
 *  - Every varbind inside is returned and counted (snmpwalk's
 *    numprinted), exception values included; an exception value
 *    (noSuchObject, noSuchInstance, endOfMibView) then finishes the walk.
 *  - Not-increasing check (unless -Cc): the varbind's name is compared
 *    with the request name "name"; name >= varbind finishes the walk and
 *    is reported as SK_WALK_NOT_INCREASING right after that varbind, with
 *    sk_walk_prev_name() = "name".  snmpwalk then sets name to every
 *    varbind it accepts; snmpbulkwalk only to the last varbind of the
 *    response (so all varbinds of one response compare against the name
 *    that was requested).  Any remaining varbinds of the response are
 *    still returned afterwards, as Net-SNMP prints them; several reports
 *    can come out of one response.
 *  - error-status noSuchName is "End of MIB" (SK_WALK_END_OF_MIB); any
 *    other error-status is SK_WALK_PDU_ERROR; a failed exchange (timeout,
 *    v2 PDU on a v1 session...) is SK_WALK_FAILED.  In all three cases
 *    nothing of that response is returned.
 *  - The caller does the final fallback GET when sk_walk_count() is 0 and
 *    the walk did not end in SK_WALK_FAILED (Net-SNMP: numprinted == 0
 *    and status == STAT_SUCCESS).
 * One deliberate difference: a response with no varbinds at all would
 * make Net-SNMP repeat the same request forever; we end the walk there
 * (SK_WALK_DONE). */
#include "net/walk.h"

#include <stdlib.h>
#include <string.h>

struct sk_walk {
    struct sk_session *s;
    struct sk_walk_cfg cfg;
    struct sk_pdu *req;         /* reused for every request */
    struct sk_pdu *resp;        /* current response, owned */
    size_t pos;                 /* next varbind of resp to scan */
    struct sk_oid name;         /* Net-SNMP's "name": compared against */
    struct sk_oid prev;         /* "A" of the last not-increasing report */
    bool running;               /* another request is due */
    bool report;                /* a not-increasing report is pending */
    bool ended;                 /* terminal status reached */
    enum sk_walk_status final;
    struct sk_error final_err;
    unsigned long count;
};

struct sk_walk *sk_walk_new(struct sk_session *s,
                            const struct sk_walk_cfg *cfg,
                            struct sk_error *err)
{
    struct sk_walk *w = calloc(1, sizeof *w);

    if (w == NULL) {
        sk_error_set(err, SK_ERR_NOMEM, NULL);
        return NULL;
    }
    w->s = s;
    w->cfg = *cfg;
    w->name = cfg->root;
    w->running = true;
    w->req = sk_pdu_new(cfg->bulk ? SK_PDU_GETBULK : SK_PDU_GETNEXT, err);
    if (w->req == NULL || sk_pdu_add_null(w->req, &cfg->root, err) < 0) {
        sk_walk_free(w);
        return NULL;
    }
    if (cfg->bulk) {
        w->req->error_status = cfg->non_repeaters;
        w->req->error_index = cfg->max_repetitions;
    }
    return w;
}

void sk_walk_free(struct sk_walk *w)
{
    if (w == NULL)
        return;
    sk_pdu_free(w->req);
    sk_pdu_free(w->resp);
    free(w);
}

static bool is_exception(const struct sk_varbind *vb)
{
    return vb->value.type == SK_T_NOSUCHOBJECT ||
           vb->value.type == SK_T_NOSUCHINSTANCE ||
           vb->value.type == SK_T_ENDOFMIBVIEW;
}

static bool inside(const struct sk_walk *w, const struct sk_varbind *vb)
{
    if (w->cfg.bulk)
        return sk_oid_has_prefix(&vb->name, &w->cfg.root);
    return sk_oid_cmp(&w->cfg.end, &vb->name) > 0;
}

/* Apply one varbind to the walk state; true when it is to be returned. */
static bool scan(struct sk_walk *w, const struct sk_varbind *vb, bool last)
{
    if (!inside(w, vb)) {
        w->running = false;
        return false;
    }
    if (is_exception(vb)) {
        w->running = false;
        return true;
    }
    if (w->cfg.check_increasing && sk_oid_cmp(&w->name, &vb->name) >= 0) {
        w->prev = w->name;
        w->report = true;
        w->running = false;
    }
    if (!w->cfg.bulk || last)
        w->name = vb->name;
    return true;
}

static enum sk_walk_status finish(struct sk_walk *w,
                                  enum sk_walk_status st)
{
    w->ended = true;
    w->final = st;
    return st;
}

/* Send the next request and classify the response. */
static enum sk_walk_status fetch(struct sk_walk *w, struct sk_error *err)
{
    sk_pdu_free(w->resp);
    w->resp = NULL;
    w->pos = 0;
    w->req->vbs[0].name = w->name;
    if (sk_session_request(w->s, w->req, &w->resp, err) < 0) {
        w->final_err = *err;
        return finish(w, SK_WALK_FAILED);
    }
    if (w->resp->error_status == SK_STAT_NOSUCHNAME)
        return finish(w, SK_WALK_END_OF_MIB);
    if (w->resp->error_status != SK_STAT_NOERROR)
        return finish(w, SK_WALK_PDU_ERROR);
    if (w->resp->nvbs == 0)
        return finish(w, SK_WALK_DONE);
    return SK_WALK_VARBIND;
}

enum sk_walk_status sk_walk_next(struct sk_walk *w,
                                 const struct sk_varbind **vb,
                                 struct sk_error *err)
{
    *vb = NULL;
    for (;;) {
        if (w->report) {
            w->report = false;
            return SK_WALK_NOT_INCREASING;
        }
        if (w->ended) {
            if (w->final == SK_WALK_FAILED)
                *err = w->final_err;
            return w->final;
        }
        while (w->resp != NULL && w->pos < w->resp->nvbs) {
            const struct sk_varbind *v = &w->resp->vbs[w->pos++];

            if (scan(w, v, w->pos == w->resp->nvbs)) {
                w->count++;
                *vb = v;
                return SK_WALK_VARBIND;
            }
        }
        if (!w->running)
            return finish(w, SK_WALK_DONE);
        if (fetch(w, err) != SK_WALK_VARBIND)
            return w->final;
    }
}

const struct sk_pdu *sk_walk_response(const struct sk_walk *w)
{
    return w->resp;
}

const struct sk_oid *sk_walk_prev_name(const struct sk_walk *w)
{
    return &w->prev;
}

bool sk_walk_will_wait(const struct sk_walk *w)
{
    /* Varbinds left in the response are either returned or, outside
     * the walk, end it: only an exhausted response leads to a request. */
    return !w->report && !w->ended && w->running &&
           (w->resp == NULL || w->pos >= w->resp->nvbs);
}

unsigned long sk_walk_count(const struct sk_walk *w)
{
    return w->count;
}
