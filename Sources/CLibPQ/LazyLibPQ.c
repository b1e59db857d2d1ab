// libpq's functions that s75 calls, each passed on to libpq loaded with dlopen on first use. Linking libpq loaded it and
// the two dozen libraries it needs (OpenSSL, GnuTLS, Kerberos, LDAP) into every session, agreement files included: about
// 5 MB of memory and 2.5 ms of start each time, for a server most sessions never use.
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>
#include "CLibPQ.h"

static void *library;
static const char *failure;
static pthread_once_t loading = PTHREAD_ONCE_INIT;

static void load(void) {
    library = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (!library) failure = dlerror();
}

const char *s75_libpq_unavailable(void) {
    pthread_once(&loading, load);
    return library ? NULL : (failure ? failure : "libpq.so.5 could not be loaded");
}

// The function `name` in libpq (the caller has made sure it is loaded, through PQconnectdb), looked up once.
#define IN_LIBPQ(name) \
    static __typeof__(&name) found_##name; \
    __typeof__(&name) function = __atomic_load_n(&found_##name, __ATOMIC_ACQUIRE); \
    if (!function) { \
        pthread_once(&loading, load); \
        function = (__typeof__(&name))dlsym(library, #name); \
        __atomic_store_n(&found_##name, function, __ATOMIC_RELEASE); \
    }

PGconn *PQconnectdb(const char *conninfo) {
    if (s75_libpq_unavailable()) return NULL;
    IN_LIBPQ(PQconnectdb) return function(conninfo);
}
ConnStatusType PQstatus(const PGconn *conn) { IN_LIBPQ(PQstatus) return function(conn); }
void PQfinish(PGconn *conn) { IN_LIBPQ(PQfinish) function(conn); }
void PQreset(PGconn *conn) { IN_LIBPQ(PQreset) function(conn); }
char *PQerrorMessage(const PGconn *conn) { IN_LIBPQ(PQerrorMessage) return function(conn); }
char *PQuser(const PGconn *conn) { IN_LIBPQ(PQuser) return function(conn); }
int PQsetClientEncoding(PGconn *conn, const char *encoding) { IN_LIBPQ(PQsetClientEncoding) return function(conn, encoding); }
PQnoticeProcessor PQsetNoticeProcessor(PGconn *conn, PQnoticeProcessor proc, void *arg) {
    IN_LIBPQ(PQsetNoticeProcessor) return function(conn, proc, arg);
}
PGresult *PQexec(PGconn *conn, const char *query) { IN_LIBPQ(PQexec) return function(conn, query); }
PGresult *PQexecParams(PGconn *conn, const char *command, int nParams, const Oid *paramTypes, const char *const *paramValues,
                       const int *paramLengths, const int *paramFormats, int resultFormat) {
    IN_LIBPQ(PQexecParams) return function(conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat);
}
PGresult *PQgetResult(PGconn *conn) { IN_LIBPQ(PQgetResult) return function(conn); }
ExecStatusType PQresultStatus(const PGresult *res) { IN_LIBPQ(PQresultStatus) return function(res); }
char *PQresultErrorMessage(const PGresult *res) { IN_LIBPQ(PQresultErrorMessage) return function(res); }
char *PQresultErrorField(const PGresult *res, int fieldcode) { IN_LIBPQ(PQresultErrorField) return function(res, fieldcode); }
int PQntuples(const PGresult *res) { IN_LIBPQ(PQntuples) return function(res); }
int PQnfields(const PGresult *res) { IN_LIBPQ(PQnfields) return function(res); }
char *PQgetvalue(const PGresult *res, int tup_num, int field_num) { IN_LIBPQ(PQgetvalue) return function(res, tup_num, field_num); }
int PQgetisnull(const PGresult *res, int tup_num, int field_num) { IN_LIBPQ(PQgetisnull) return function(res, tup_num, field_num); }
char *PQcmdTuples(PGresult *res) { IN_LIBPQ(PQcmdTuples) return function(res); }
void PQclear(PGresult *res) { IN_LIBPQ(PQclear) function(res); }
int PQputCopyData(PGconn *conn, const char *buffer, int nbytes) { IN_LIBPQ(PQputCopyData) return function(conn, buffer, nbytes); }
int PQputCopyEnd(PGconn *conn, const char *errormsg) { IN_LIBPQ(PQputCopyEnd) return function(conn, errormsg); }
int PQconsumeInput(PGconn *conn) { IN_LIBPQ(PQconsumeInput) return function(conn); }
PGnotify *PQnotifies(PGconn *conn) { IN_LIBPQ(PQnotifies) return function(conn); }
void PQfreemem(void *ptr) { IN_LIBPQ(PQfreemem) function(ptr); }
