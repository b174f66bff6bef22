# libcore: the static protocol library behind every app.
noinst_LIBRARIES += libcore/libcore.a

libcore_libcore_a_SOURCES = \
	libcore/snmpkit.h \
	libcore/base/err.c libcore/base/err.h \
	libcore/base/buf.c libcore/base/buf.h \
	libcore/base/hex.c libcore/base/hex.h \
	libcore/wire/ber.c libcore/wire/ber.h \
	libcore/wire/oid.c libcore/wire/oid.h \
	libcore/wire/value.c libcore/wire/value.h \
	libcore/wire/pdu.c libcore/wire/pdu.h \
	libcore/wire/msg.c libcore/wire/msg.h \
	libcore/sec/usm.c libcore/sec/usm.h libcore/sec/usm_time.c \
	libcore/sec/usm_recv.c libcore/sec/usm_recv.h \
	libcore/net/addr.c libcore/net/addr.h \
	libcore/net/transport.c libcore/net/transport.h \
	libcore/net/tp_udp.c libcore/net/tp_tcp.c libcore/net/tp_unix.c \
	libcore/net/session.c libcore/net/session.h \
	libcore/net/discover.c libcore/net/discover.h \
	libcore/net/walk.c libcore/net/walk.h \
	libcore/fmt/fmt.h libcore/fmt/opts.c libcore/fmt/fmt_oid.c \
	libcore/fmt/fmt_value.c libcore/fmt/value_text.c \
	libcore/fmt/fmt_bytes.c libcore/fmt/fmt_int.h libcore/fmt/hint.c \
	libcore/fmt/fmt_index.c libcore/mib/oid_text.c \
	libcore/net/notify.c libcore/net/notify.h \
	libcore/net/notify_recv.c libcore/net/notify_recv.h \
	libcore/mib/mib.h libcore/mib/mib_info.h libcore/mib/mib_int.h \
	libcore/mib/lex.c \
	libcore/mib/parse.c libcore/mib/syntax.c libcore/mib/resolve.c \
	libcore/mib/tree.c libcore/mib/path.c \
	libcore/mib/cache.c libcore/mib/cache.h libcore/mib/cache_read.c \
	libcore/mib/cache_write.c \
	libcore/conf/conf.c libcore/conf/conf.h \
	libcore/sec/sec.c libcore/sec/sec.h libcore/sec/crypto.h \
	libcore/sec/keys.c libcore/sec/auth.c libcore/sec/priv.c \
	libcore/sec/ossl.c libcore/sec/ossl.h
