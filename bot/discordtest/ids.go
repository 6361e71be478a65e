package discordtest

import (
	"crypto/rand"
	"encoding/hex"
	"strconv"
	"sync/atomic"
	"time"
)

// discordEpoch is the first millisecond of 2015, where snowflakes start.
const discordEpoch = 1420070400000

// idGen hands out unique, time-ordered snowflakes, as Discord's are.
type idGen struct{ n atomic.Uint64 }

func (g *idGen) next() string {
	ms := uint64(time.Now().UnixMilli() - discordEpoch)
	return strconv.FormatUint(ms<<22|(g.n.Add(1)&0x3fffff), 10)
}

// randomToken returns an opaque interaction or session token.
func randomToken(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic("discordtest: crypto/rand: " + err.Error())
	}
	return hex.EncodeToString(b)
}
