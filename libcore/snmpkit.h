/* snmpkit.h - the whole of libcore that applications see. */
#ifndef SNMPKIT_H
#define SNMPKIT_H

#include "base/buf.h"
#include "base/err.h"
#include "base/hex.h"
#include "conf/conf.h"
#include "fmt/fmt.h"
#include "mib/mib.h"
#include "net/addr.h"
#include "net/notify.h"
#include "net/notify_recv.h"
#include "net/session.h"
#include "net/walk.h"
#include "sec/sec.h"
#include "wire/oid.h"
#include "wire/pdu.h"
#include "wire/value.h"

#endif
