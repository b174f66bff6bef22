/* usm_time.c - the authoritative engine's clock as a command generator
 * tracks it (RFC 3414 2.2.3 and 3.2.7 b).
 *
 * Discovery (or -Z, or a notInTimeWindow Report) gives snmpEngineBoots
 * and snmpEngineTime; from then on the engine's time is estimated as
 * the value learnt plus the seconds elapsed on our monotonic clock, and
 * each authenticated message from the engine may move that notion
 * forward (never back).  A message whose claimed clock is more than 150
 * seconds behind our notion, or from an earlier boot, or at the boots
 * ceiling 2^31-1, is outside the window and is not accepted. */
#include "sec/usm.h"

#define BOOTS_MAX 2147483647u   /* RFC 3414 2.2.2: latched, no wrap */
#define TIME_MAX 2147483647u

void sk_usm_time_set(struct sk_usm_engine *e, uint32_t boots,
                     uint32_t time, int64_t now_us)
{
    e->boots = boots;
    e->time = time;
    e->latest_time = time;
    e->synced_us = now_us;
    e->synced = true;
}

void sk_usm_time_now(const struct sk_usm_engine *e, int64_t now_us,
                     uint32_t *boots, uint32_t *time)
{
    uint64_t t;

    if (!e->synced) {
        *boots = 0;
        *time = 0;
        return;
    }
    t = e->time;
    if (now_us > e->synced_us)
        t += (uint64_t)(now_us - e->synced_us) / 1000000u;
    *boots = e->boots;
    *time = t > TIME_MAX ? TIME_MAX : (uint32_t)t;
}

/* RFC 3414 3.2.7 b 2: the window test against our current notion. */
static bool outside_window(const struct sk_usm_engine *e, uint32_t boots,
                           uint32_t time, int64_t now_us)
{
    uint32_t our_boots, our_time;

    if (boots >= BOOTS_MAX)
        return true;
    if (!e->synced)
        return false;
    sk_usm_time_now(e, now_us, &our_boots, &our_time);
    if (boots < our_boots)
        return true;
    return boots == our_boots &&
           (uint64_t)time + SK_USM_TIME_WINDOW < our_time;
}

int sk_usm_time_check(struct sk_usm_engine *e, uint32_t boots,
                      uint32_t time, int64_t now_us, struct sk_error *err)
{
    /* 3.2.7 b 1: a later boot, or a later time than any seen in this
     * boot, resynchronises our notion before the window test. */
    if (boots < BOOTS_MAX &&
        (!e->synced || boots > e->boots ||
         (boots == e->boots && time > e->latest_time))) {
        sk_usm_time_set(e, boots, time, now_us);
        return 0;
    }
    if (outside_window(e, boots, time, now_us))
        return sk_error_set(err, SK_ERR_NOT_IN_TIME_WINDOW, NULL);
    return 0;
}
