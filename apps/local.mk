# apps: thin command mains around apps/common and libcore.
noinst_LIBRARIES += apps/libcli.a
apps_libcli_a_SOURCES = \
	apps/common/cli.h apps/common/opts_int.h \
	apps/common/opts.c apps/common/opts_letters.c apps/common/config.c \
	apps/common/usage.c apps/common/print.c apps/common/session_setup.c \
	apps/common/varbind_args.c apps/common/request.c \
	apps/common/walk_run.c apps/common/walk_run.h \
	apps/common/v3_opts.c apps/common/notify_args.c \
	apps/common/notify_args.h \
	apps/common/mib_setup.c apps/common/stale_detail.c \
	apps/common/stale_detail.h
apps_libcli_a_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/apps

APP_LDADD = apps/libcli.a libcore/libcore.a
APP_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/apps

bin_PROGRAMS += apps/snmpget apps/snmpgetnext apps/snmpset apps/snmpwalk \
	apps/snmpbulkget apps/snmpbulkwalk

apps_snmpget_SOURCES = apps/snmpget.c
apps_snmpget_CPPFLAGS = $(APP_CPPFLAGS)
apps_snmpget_LDADD = $(APP_LDADD)
apps_snmpgetnext_SOURCES = apps/snmpgetnext.c
apps_snmpgetnext_CPPFLAGS = $(APP_CPPFLAGS)
apps_snmpgetnext_LDADD = $(APP_LDADD)
apps_snmpset_SOURCES = apps/snmpset.c
apps_snmpset_CPPFLAGS = $(APP_CPPFLAGS)
apps_snmpset_LDADD = $(APP_LDADD)
apps_snmpwalk_SOURCES = apps/snmpwalk.c
apps_snmpwalk_CPPFLAGS = $(APP_CPPFLAGS)
apps_snmpwalk_LDADD = $(APP_LDADD)
apps_snmpbulkget_SOURCES = apps/snmpbulkget.c
apps_snmpbulkget_CPPFLAGS = $(APP_CPPFLAGS)
apps_snmpbulkget_LDADD = $(APP_LDADD)
apps_snmpbulkwalk_SOURCES = apps/snmpbulkwalk.c
apps_snmpbulkwalk_CPPFLAGS = $(APP_CPPFLAGS)
apps_snmpbulkwalk_LDADD = $(APP_LDADD)

# Notifications: snmptrap, and snmpinform built from the same source (it
# looks at argv[0]).
bin_PROGRAMS += apps/snmptrap apps/snmpinform
apps_snmptrap_SOURCES = apps/snmptrap.c
apps_snmptrap_CPPFLAGS = $(APP_CPPFLAGS)
apps_snmptrap_LDADD = $(APP_LDADD)
apps_snmpinform_SOURCES = apps/snmptrap.c
apps_snmpinform_CPPFLAGS = $(APP_CPPFLAGS)
apps_snmpinform_LDADD = $(APP_LDADD)

# The notification receiver.
sbin_PROGRAMS = apps/snmptrapd/snmptrapd
apps_snmptrapd_snmptrapd_SOURCES = apps/snmptrapd/trapd.h \
	apps/snmptrapd/main.c apps/snmptrapd/conf.c apps/snmptrapd/receive.c \
	apps/snmptrapd/dispatch.c \
	apps/snmptrapd/format.c apps/snmptrapd/handler.c \
	apps/snmptrapd/output.c apps/snmptrapd/usm.c \
	apps/snmptrapd/forward.c apps/snmptrapd/forward_tcp.c \
	apps/snmptrapd/vacm.h apps/snmptrapd/view.c \
	apps/snmptrapd/vacm_conf.c apps/snmptrapd/vacm_lines.c \
	apps/snmptrapd/vacm_simple.c apps/snmptrapd/com2sec.c \
	apps/snmptrapd/hostcache.c
apps_snmptrapd_snmptrapd_CPPFLAGS = $(APP_CPPFLAGS)
apps_snmptrapd_snmptrapd_LDADD = $(APP_LDADD)

# snmptranslate: names and numbers, and reports of the loaded MIB tree.
bin_PROGRAMS += apps/snmptranslate
apps_snmptranslate_SOURCES = apps/snmptranslate.c apps/translate_int.h \
	apps/translate_opts.c apps/translate_detail.c apps/translate_report.c
apps_snmptranslate_CPPFLAGS = $(APP_CPPFLAGS)
apps_snmptranslate_LDADD = $(APP_LDADD)
