/* err.c - the error text table (Net-SNMP's wording) and formatting. */
#include "base/err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char *const texts[SK_ERR_COUNT] = {
    [SK_ERR_OK] = "No error",
    [SK_ERR_GENERIC] = "Generic error",
    [SK_ERR_BAD_ADDRESS] = "Unknown host",
    [SK_ERR_TOO_LONG] = "Too long",
    [SK_ERR_NO_SOCKET] = "No socket",
    [SK_ERR_V2_IN_V1] = "Cannot send V2 PDU on V1 session",
    [SK_ERR_V1_IN_V2] = "Cannot send V1 PDU on V2 session",
    [SK_ERR_BAD_REPEATERS] = "Bad value for non-repeaters",
    [SK_ERR_BAD_REPETITIONS] = "Bad value for max-repetitions",
    [SK_ERR_BAD_ASN1_BUILD] = "Error building ASN.1 representation",
    [SK_ERR_BAD_SENDTO] = "Failure in sendto",
    [SK_ERR_BAD_PARSE] = "Bad parse of ASN.1 type",
    [SK_ERR_BAD_VERSION] = "Bad version specified",
    [SK_ERR_BAD_COMMUNITY] = "Bad community specified",
    [SK_ERR_UNKNOWN_PDU] = "Unknown PDU type",
    [SK_ERR_TIMEOUT] = "Timeout",
    [SK_ERR_BAD_RECVFROM] = "Failure in recvfrom",
    [SK_ERR_ASN_PARSE] = "ASN.1 parse error in message",
    [SK_ERR_UNKNOWN_OID] = "Unknown Object Identifier",
    [SK_ERR_RANGE] = "Value out of range",
    [SK_ERR_BAD_VALUE] = "Bad value notation",
    [SK_ERR_OID_NONINCREASING] = "OID not increasing",
    [SK_ERR_BAD_TYPE] = "Bad variable type",
    [SK_ERR_NOMEM] = "Out of memory (malloc failure)",
    [SK_ERR_NOT_SUPPORTED] = "Not supported yet",
    [SK_ERR_PDU_STATUS] = "Error in packet",
    [SK_ERR_UNKNOWN_USER] = "Unknown user name",
    [SK_ERR_AUTH_FAILURE] =
        "Authentication failure (incorrect password, community or key)",
    [SK_ERR_UNSUPPORTED_SEC_LEVEL] = "Unsupported security level",
    [SK_ERR_DECRYPTION] = "Decryption error",
    [SK_ERR_UNKNOWN_ENGINE_ID] = "Unknown engine ID",
    [SK_ERR_NOT_IN_TIME_WINDOW] = "Not in time window",
    [SK_ERR_BAD_ENG_ID] = "Unable to determine contextEngineID",
    [SK_ERR_BAD_SEC_NAME] = "Unable to determine securityName",
    [SK_ERR_BAD_SEC_LEVEL] = "Unable to determine securityLevel",
    [SK_ERR_UNKNOWN_SEC_MODEL] = "Unknown security model in message",
    [SK_ERR_INVALID_MSG] = "Invalid message (e.g. msgFlags)",
    [SK_ERR_UNKNOWN_REPORT] = "Unknown Report message",
    [SK_ERR_USM_GENERIC] = "USM generic error",
    [SK_ERR_USM_UNKNOWN_SECNAME] =
        "USM unknown security name (no such user exists)",
    [SK_ERR_USM_UNSUPPORTED_LEVEL] =
        ("USM unsupported security level (this user has not been "
         "configured for that level of security)"),
    [SK_ERR_USM_ENCRYPTION] = "USM encryption error",
    [SK_ERR_USM_AUTH_FAILURE] =
        "USM authentication failure (incorrect password or key)",
    [SK_ERR_USM_PARSE] = "USM parse error",
    [SK_ERR_USM_UNKNOWN_ENGINE_ID] = "USM unknown engineID",
    [SK_ERR_USM_NOT_IN_TIME_WINDOW] = "USM not in time window",
    [SK_ERR_USM_DECRYPTION] = "USM decryption error",
    [SK_ERR_SILENT] = "",
};

const char *sk_error_text(enum sk_err code)
{
    if ((unsigned)code >= SK_ERR_COUNT || texts[code] == NULL)
        return "Unknown error";
    return texts[code];
}

size_t sk_error_format(const struct sk_error *e, char *out, size_t outlen)
{
    int n;

    if (e->detail[0] != '\0' && e->sys_errno != 0)
        n = snprintf(out, outlen, "%s (%s) (%s)", sk_error_text(e->code),
                     e->detail, strerror(e->sys_errno));
    else if (e->detail[0] != '\0')
        n = snprintf(out, outlen, "%s (%s)", sk_error_text(e->code),
                     e->detail);
    else if (e->sys_errno != 0)
        n = snprintf(out, outlen, "%s (%s)", sk_error_text(e->code),
                     strerror(e->sys_errno));
    else
        n = snprintf(out, outlen, "%s", sk_error_text(e->code));
    return n < 0 ? 0 : (size_t)n;
}

static void vset(struct sk_error *err, enum sk_err code, int errnum,
                 const char *fmt, va_list ap)
    __attribute__((format(printf, 4, 0)));

static void vset(struct sk_error *err, enum sk_err code, int errnum,
                 const char *fmt, va_list ap)
{
    err->code = code;
    err->sys_errno = errnum;
    err->detail[0] = '\0';
    if (fmt != NULL)
        vsnprintf(err->detail, sizeof err->detail, fmt, ap);
}

int sk_error_set(struct sk_error *err, enum sk_err code, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vset(err, code, 0, fmt, ap);
    va_end(ap);
    return -1;
}

int sk_error_sys(struct sk_error *err, enum sk_err code, int errnum,
                 const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vset(err, code, errnum, fmt, ap);
    va_end(ap);
    return -1;
}

void sk_error_clear(struct sk_error *err)
{
    err->code = SK_ERR_OK;
    err->sys_errno = 0;
    err->detail[0] = '\0';
}
