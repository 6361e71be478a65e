package localask

import (
	"context"
	"io"
	"log/slog"
	"net"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// One socket per corpus folder, the same however the folder is written;
// none for the embedded articles or where a socket's path would be too
// long.
func TestSocket(t *testing.T) {
	data := t.TempDir()
	folder := t.TempDir()
	a, ok := Socket(data, folder)
	b, ok2 := Socket(data, folder+string(filepath.Separator)+".")
	if !ok || !ok2 || a != b || filepath.Dir(a) != data {
		t.Errorf("socket %q (%v) and %q (%v) for one folder", a, ok, b, ok2)
	}
	if c, _ := Socket(data, t.TempDir()); c == a {
		t.Errorf("two folders share %q", a)
	}
	if _, ok := Socket(data, ""); ok {
		t.Error("a socket for the embedded articles")
	}
	if _, ok := Socket(strings.Repeat("d", 120), folder); ok {
		t.Error("a socket path longer than a unix socket's")
	}
}

// A request past its bound, or that is no JSON, gets no answer and the
// serve goes on answering; the asker then falls back.
func TestServeRefusesBadRequests(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.sock")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var answered atomic.Int32
	go Serve(ctx, path, func(ctx context.Context, q Question) (string, string, error) {
		answered.Add(1)
		return "answer to " + q.Text + " after " + q.After, "{}\n", nil
	}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	ready, stop := context.WithTimeout(context.Background(), 30*time.Second)
	defer stop()
	if err := Wait(ready, path); err != nil {
		t.Fatalf("never listened: %v", err)
	}
	for _, bad := range []string{strings.Repeat("x", maxLocalRequest+10), "not json\n"} {
		c, err := net.Dial("unix", path)
		if err != nil {
			t.Fatal(err)
		}
		c.Write([]byte(bad))
		c.(*net.UnixConn).CloseWrite()
		b, _ := io.ReadAll(c)
		c.Close()
		if len(b) != 0 {
			t.Errorf("answered a bad request with %q", b)
		}
	}
	r, ok := Ask(context.Background(), path, Question{Text: "grain", Limit: 3, After: "Emre Kaya"})
	if !ok || r.Text != "answer to grain after Emre Kaya" || answered.Load() != 1 {
		t.Errorf("after bad requests: %+v %v (answered %d)", r, ok, answered.Load())
	}
}
