package index

import (
	"os"
	"runtime/debug"
	"sync"
)

// The freshness check of a Folder and an update allocate ~150 MB at
// 100,000 articles (the stat of every file, SOURCES, RAW, DOCS), nearly
// all of it pointers held until they end, in a heap that starts small:
// the collector, running at each doubling, was 13% of an update's CPU.
// While one runs, the heap may grow to five times what is live before it
// is collected (peak memory grows by ~15 MB: the collections saved held
// little garbage).
//
// A full build allocates many times what it holds (pages read, documents
// built and dropped, batches analysed): at 10,000 articles 50–80 MB are
// live, and collecting at every doubling was ~15% of its CPU. While it
// reads the files and indexes the records it too collects at five times
// what is live, within a soft limit (buildMemoryLimit), which a large
// corpus reaches: it is then collected about as often as before. The
// final merge, which maps the whole index, runs with the usual setting.

// relaxedGCPercent is the collector's setting while a check, an update or
// a build's reading and indexing runs (the usual is 100, or GOGC).
const relaxedGCPercent = 400

// buildMemoryLimit bounds the heap while a build reads and indexes; at
// 100,000 articles the final merge's peak (the Go heap and the index
// mapped) stays the build's peak.
const buildMemoryLimit = 512 << 20

var gcPace struct {
	sync.Mutex
	users     int
	prev      int   // the setting before the first user
	prevLimit int64 // the memory limit before the first user
}

// relaxGC sets the collector's pace for a check or an update until the
// returned function is called (once); checks running at once share it,
// and the last to end restores the setting.
func relaxGC() (restore func()) {
	gcPace.Lock()
	if gcPace.users == 0 {
		firstPace(false)
	}
	gcPace.users++
	gcPace.Unlock()
	return releaseGC()
}

// paceBuild sets the collector's pace for a build's reading or indexing
// until the returned function is called (once): relaxGC's, and a limit
// on the heap. GOGC set by the user, or a stricter GOMEMLIMIT, is kept.
// While a check or an update runs, theirs is kept.
func paceBuild() (restore func()) {
	gcPace.Lock()
	if gcPace.users > 0 {
		gcPace.Unlock()
		return func() {}
	}
	firstPace(true)
	if gcPace.prevLimit > buildMemoryLimit {
		debug.SetMemoryLimit(buildMemoryLimit)
	}
	gcPace.users++
	gcPace.Unlock()
	return releaseGC()
}

// firstPace, called by the first user with gcPace held, saves the
// collector's settings and relaxes its pace: left as it was when
// collection is off, already rarer, or (keepGOGC) set by the user.
func firstPace(keepGOGC bool) {
	gcPace.prev = debug.SetGCPercent(relaxedGCPercent)
	if gcPace.prev < 0 || gcPace.prev > relaxedGCPercent || keepGOGC && os.Getenv("GOGC") != "" {
		debug.SetGCPercent(gcPace.prev)
	}
	gcPace.prevLimit = debug.SetMemoryLimit(-1)
}

// releaseGC is the function a user of the pace calls when done: the last
// restores the settings from before the first.
func releaseGC() func() {
	var once sync.Once
	return func() {
		once.Do(func() {
			gcPace.Lock()
			defer gcPace.Unlock()
			if gcPace.users--; gcPace.users == 0 {
				debug.SetGCPercent(gcPace.prev)
				debug.SetMemoryLimit(gcPace.prevLimit)
			}
		})
	}
}
