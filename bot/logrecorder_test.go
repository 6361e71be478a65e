package bot_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
)

// logRecorder keeps the bot's log records so a test can wait for one:
// what the bot did, in the order it did it, without guessing how long it
// takes.
type logRecorder struct {
	mu      sync.Mutex
	recs    []map[string]any
	changed chan struct{}
}

func newLogRecorder() *logRecorder { return &logRecorder{changed: make(chan struct{})} }

func (l *logRecorder) logger() *slog.Logger {
	return slog.New(slog.NewJSONHandler(l, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// Write takes one JSON record (slog's JSON handler writes each in one call).
func (l *logRecorder) Write(p []byte) (int, error) {
	var m map[string]any
	if err := json.Unmarshal(p, &m); err != nil {
		return 0, err
	}
	l.mu.Lock()
	l.recs = append(l.recs, m)
	close(l.changed)
	l.changed = make(chan struct{})
	l.mu.Unlock()
	return len(p), nil
}

// wait returns the first record (past or future) for which match is true.
func (l *logRecorder) wait(ctx context.Context, t *testing.T, what string, match func(map[string]any) bool) map[string]any {
	t.Helper()
	return l.waitCount(ctx, t, what, match, 1)
}

// waitCount waits for n records for which match is true and returns the
// nth.
func (l *logRecorder) waitCount(ctx context.Context, t *testing.T, what string, match func(map[string]any) bool, n int) map[string]any {
	t.Helper()
	for {
		l.mu.Lock()
		seen := 0
		for _, r := range l.recs {
			if match(r) {
				if seen++; seen == n {
					l.mu.Unlock()
					return r
				}
			}
		}
		ch := l.changed
		l.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			t.Fatalf("no log record %s: %v\n%s", what, ctx.Err(), l.dump())
		}
	}
}

// find returns the records so far for which match is true.
func (l *logRecorder) find(match func(map[string]any) bool) []map[string]any {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []map[string]any
	for _, r := range l.recs {
		if match(r) {
			out = append(out, r)
		}
	}
	return out
}

func (l *logRecorder) dump() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var sb strings.Builder
	for _, r := range l.recs {
		b, _ := json.Marshal(r)
		sb.Write(b)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// msg matches records by message and attributes (compared as text).
func msg(text string, attrs ...string) func(map[string]any) bool {
	return func(r map[string]any) bool {
		if r["msg"] != text {
			return false
		}
		for i := 0; i+1 < len(attrs); i += 2 {
			if fmt.Sprint(r[attrs[i]]) != attrs[i+1] {
				return false
			}
		}
		return true
	}
}
