/* err.h - the one error type of libcore and its text table.
 *
 * Fallible calls return 0/-1 (or a pointer/NULL) and fill *err, which
 * is never NULL.  There is no global error state.  The base texts are
 * Net-SNMP's wording (snmp_api.c api_errors[]) so that apps can print
 * byte-identical messages. */
#ifndef SK_BASE_ERR_H
#define SK_BASE_ERR_H

#include <stddef.h>

enum sk_err {
    SK_ERR_OK = 0,
    SK_ERR_GENERIC,         /* "Generic error" */
    SK_ERR_BAD_ADDRESS,     /* "Unknown host" */
    SK_ERR_TOO_LONG,        /* "Too long" */
    SK_ERR_NO_SOCKET,       /* "No socket" */
    SK_ERR_V2_IN_V1,        /* "Cannot send V2 PDU on V1 session" */
    SK_ERR_V1_IN_V2,        /* "Cannot send V1 PDU on V2 session" */
    SK_ERR_BAD_REPEATERS,   /* "Bad value for non-repeaters" */
    SK_ERR_BAD_REPETITIONS, /* "Bad value for max-repetitions" */
    SK_ERR_BAD_ASN1_BUILD,  /* "Error building ASN.1 representation" */
    SK_ERR_BAD_SENDTO,      /* "Failure in sendto" */
    SK_ERR_BAD_PARSE,       /* "Bad parse of ASN.1 type" */
    SK_ERR_BAD_VERSION,     /* "Bad version specified" */
    SK_ERR_BAD_COMMUNITY,   /* "Bad community specified" */
    SK_ERR_UNKNOWN_PDU,     /* "Unknown PDU type" */
    SK_ERR_TIMEOUT,         /* "Timeout" */
    SK_ERR_BAD_RECVFROM,    /* "Failure in recvfrom" */
    SK_ERR_ASN_PARSE,       /* "ASN.1 parse error in message" */
    SK_ERR_UNKNOWN_OID,     /* "Unknown Object Identifier" */
    SK_ERR_RANGE,           /* "Value out of range" */
    SK_ERR_BAD_VALUE,       /* "Bad value notation" */
    SK_ERR_OID_NONINCREASING, /* "OID not increasing" */
    SK_ERR_BAD_TYPE,        /* "Bad variable type" */
    SK_ERR_NOMEM,           /* "Out of memory (malloc failure)" */
    SK_ERR_NOT_SUPPORTED,   /* "Not supported yet" (our own) */
    SK_ERR_PDU_STATUS,      /* response carried a non-zero error-status */
    SK_ERR_UNKNOWN_USER,    /* "Unknown user name" */
    SK_ERR_AUTH_FAILURE,    /* "Authentication failure (incorrect password, community or key)" */
    SK_ERR_UNSUPPORTED_SEC_LEVEL, /* "Unsupported security level" */
    SK_ERR_DECRYPTION,      /* "Decryption error" */
    SK_ERR_UNKNOWN_ENGINE_ID, /* "Unknown engine ID" */
    SK_ERR_NOT_IN_TIME_WINDOW, /* "Not in time window" */
    SK_ERR_BAD_ENG_ID,      /* "Unable to determine contextEngineID" */
    SK_ERR_BAD_SEC_NAME,    /* "Unable to determine securityName" */
    SK_ERR_BAD_SEC_LEVEL,   /* "Unable to determine securityLevel" */
    SK_ERR_UNKNOWN_SEC_MODEL, /* "Unknown security model in message" */
    SK_ERR_INVALID_MSG,     /* "Invalid message (e.g. msgFlags)" */
    SK_ERR_UNKNOWN_REPORT,  /* "Unknown Report message" */
    SK_ERR_USM_GENERIC,     /* "USM generic error" */
    SK_ERR_USM_UNKNOWN_SECNAME, /* "USM unknown security name (no such
                                   user exists)" */
    SK_ERR_USM_UNSUPPORTED_LEVEL, /* "USM unsupported security level (...)" */
    SK_ERR_USM_ENCRYPTION,  /* "USM encryption error" */
    SK_ERR_USM_AUTH_FAILURE, /* "USM authentication failure (incorrect
                                password or key)" */
    SK_ERR_USM_PARSE,       /* "USM parse error" */
    SK_ERR_USM_UNKNOWN_ENGINE_ID, /* "USM unknown engineID" */
    SK_ERR_USM_NOT_IN_TIME_WINDOW, /* "USM not in time window" */
    SK_ERR_USM_DECRYPTION,  /* "USM decryption error" */
    SK_ERR_SILENT,          /* "" - Net-SNMP prints "prog: " and nothing */
    SK_ERR_COUNT
};

struct sk_error {
    enum sk_err code;
    int sys_errno;       /* errno of the failing system call, or 0 */
    char detail[160];    /* extra context, printed in parentheses; may be "" */
};

/* Net-SNMP's base text for CODE; never NULL. */
const char *sk_error_text(enum sk_err code);

/* Writes "text (detail) (strerror)" - the parts present - into OUT,
 * always NUL-terminated when OUTLEN > 0.  Returns the length it wanted. */
size_t sk_error_format(const struct sk_error *e, char *out, size_t outlen);

/* Fill ERR with CODE, errno 0 and a printf-style detail (FMT may be
 * NULL for none).  Always returns -1 so callers can `return sk_error_set()`. */
int sk_error_set(struct sk_error *err, enum sk_err code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* As sk_error_set, also recording ERRNUM (an errno value). Returns -1. */
int sk_error_sys(struct sk_error *err, enum sk_err code, int errnum,
                 const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* Reset ERR to SK_ERR_OK with empty detail. */
void sk_error_clear(struct sk_error *err);

#endif
