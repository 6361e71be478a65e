package index

import (
	"runtime/debug"
	"sync"
)

// The freshness check of a Folder and an update allocate ~150 MB at
// 100,000 articles (the stat of every file, SOURCES, RAW, DOCS), nearly
// all of it pointers held until they end, in a heap that starts small:
// the collector, running at each doubling, was 13% of an update's CPU.
// While one runs, the heap may grow to five times what is live before it
// is collected (peak memory grows by ~15 MB: the collections saved held
// little garbage). A full build paces its own memory and runs with the
// usual setting.

// relaxedGCPercent is the collector's setting while a check or an update
// runs (the usual is 100, or GOGC).
const relaxedGCPercent = 400

var gcPace struct {
	sync.Mutex
	users int
	prev  int
}

// relaxGC sets the collector's pace for a check or an update until the
// returned function is called (once); checks running at once share it,
// and the last to end restores the setting.
func relaxGC() (restore func()) {
	gcPace.Lock()
	if gcPace.users == 0 {
		gcPace.prev = debug.SetGCPercent(relaxedGCPercent)
		if gcPace.prev < 0 || gcPace.prev > relaxedGCPercent {
			// Collection off, or already rarer: as it was.
			debug.SetGCPercent(gcPace.prev)
		}
	}
	gcPace.users++
	gcPace.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			gcPace.Lock()
			defer gcPace.Unlock()
			if gcPace.users--; gcPace.users == 0 {
				debug.SetGCPercent(gcPace.prev)
			}
		})
	}
}
