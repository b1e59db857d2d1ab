// Debian's libpq (libpq-dev), loaded only when a region's server is first used: see LazyLibPQ.c.
#include <postgresql/libpq-fe.h>

/// NULL once libpq is loaded; otherwise why it could not be (the loader's words). Loads it if it is not yet loaded.
const char *s75_libpq_unavailable(void);
