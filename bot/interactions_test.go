package bot

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// fuzzKey is a fixed key pair, so that the fuzzer's signed inputs are
// reproducible.
var fuzzKey = ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, ed25519.SeedSize))

// FuzzInteractionsHandler feeds the HTTP endpoint bodies and headers:
// nothing may panic; a request whose signature is not the key's is never
// answered 200 or handed to the dispatcher; a signed one gets a JSON
// reply or an error status, never a hang.
func FuzzInteractionsHandler(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "interactions", "*.json"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, "", true)
		f.Add(data, "00", false)
	}
	f.Add([]byte(`{"type":1}`), "", true)
	f.Add([]byte(`{"type":1}`), strings.Repeat("ab", 64), false)
	f.Add([]byte(`{"type":2,"data":null}`), "", true)
	f.Add([]byte(`not json`), "", true)
	f.Fuzz(func(t *testing.T, body []byte, sig string, sign bool) {
		h := newHarness(t, Options{PublicKey: fuzzKey.Public().(ed25519.PublicKey)})
		handler := h.bot.InteractionsHandler(InteractionsOptions{MaxBody: 4 << 10})
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		if sign {
			sig = hex.EncodeToString(ed25519.Sign(fuzzKey, append([]byte(ts), body...)))
		}
		req := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(body))
		req.Header.Set("X-Signature-Ed25519", sig)
		req.Header.Set("X-Signature-Timestamp", ts)
		rec := httptest.NewRecorder()
		handler.ServeHTTP(rec, req)
		signed := sign && int64(len(body)) <= 4<<10
		if !signed {
			if rec.Code == http.StatusOK {
				t.Fatalf("an unsigned request was answered: %s", rec.Body)
			}
			if len(h.discord.responds)+len(h.engine.asked) > 0 || strings.Contains(h.logs.String(), `"msg":"interaction"`) {
				t.Fatalf("an unsigned request was handled:\n%s", h.logs.String())
			}
			return
		}
		if rec.Code == http.StatusOK && !strings.HasPrefix(rec.Body.String(), `{"type":`) {
			t.Fatalf("200 without an interaction response: %s", rec.Body)
		}
		if strings.Contains(h.logs.String(), `"outcome":"panic"`) {
			t.Fatalf("a handler panicked on %s:\n%s", body, h.logs.String())
		}
	})
}
