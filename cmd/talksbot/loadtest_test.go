//go:build loadtest

package main

// The replica load test: `talksbot serve --mode http` processes behind a
// small round-robin reverse proxy on loopback, 1,000 signed /ask
// interactions sent 200 at a time, once to one replica and once to
// three. It builds the binary and starts real processes, so it is kept
// out of `go test ./...` by its build tag:
//
//	go test -tags loadtest -run TestReplicaLoad -v -timeout 15m ./cmd/talksbot
//
// LOADTEST_N and LOADTEST_CONCURRENCY change the size; docs/benchmarks.md
// has the figures.

import (
	"bufio"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/talksbot/talksbot/bot/discordtest"
)

var loadQuestions = []string{
	"what did Peskov say",
	"what security guarantees were offered?",
	"who is Claudia Major?",
	"what did Zelenskiy say about NATO",
	"Donbas and territory",
	"what is the multinational force",
	"who won the world cup",
	"ceasefire monitoring",
	"what did the Kremlin spokesman say",
	"Article 5 like guarantees",
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

// replicaProc is one `talksbot serve --mode http` process.
type replicaProc struct {
	cmd  *exec.Cmd
	addr string
	log  string
}

var listenLine = regexp.MustCompile(`msg=listening .*key=http\.listen addr=(\S+)`)

func startReplica(t *testing.T, bin, corpusDir string, env []string) *replicaProc {
	t.Helper()
	return startProc(t, []string{bin, "serve", "--corpus", corpusDir, "--data-dir", t.TempDir(), "--listen", "127.0.0.1:0"}, env)
}

// startProc runs argv with env and waits until it listens and is ready.
func startProc(t *testing.T, argv, env []string) *replicaProc {
	t.Helper()
	logPath := filepath.Join(t.TempDir(), "serve.log")
	logFile, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = env
	pr, pw := io.Pipe()
	cmd.Stderr = io.MultiWriter(logFile, pw)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := &replicaProc{cmd: cmd, log: logPath}
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		_ = cmd.Wait()
		pw.Close()
		logFile.Close()
	})
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			if m := listenLine.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
				break
			}
		}
		_, _ = io.Copy(io.Discard, pr)
	}()
	select {
	case r.addr = <-found:
	case <-time.After(60 * time.Second):
		b, _ := os.ReadFile(logPath)
		t.Fatalf("replica did not listen:\n%s", b)
	}
	// Ready: the index is open.
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get("http://" + r.addr + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return r
			}
		}
		if time.Now().After(deadline) {
			b, _ := os.ReadFile(logPath)
			t.Fatalf("replica never ready:\n%s", b)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// roundRobin is the load balancer: a reverse proxy sending each request
// to the next replica.
func roundRobin(t *testing.T, replicas []*replicaProc) *httptest.Server {
	var next atomic.Uint64
	targets := make([]*url.URL, len(replicas))
	for i, r := range replicas {
		targets[i], _ = url.Parse("http://" + r.addr)
	}
	tr := &http.Transport{MaxIdleConns: 1000, MaxIdleConnsPerHost: 1000, IdleConnTimeout: time.Minute}
	proxy := &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			pr.SetURL(targets[int(next.Add(1)-1)%len(targets)])
		},
		Transport: tr,
	}
	srv := httptest.NewServer(proxy)
	t.Cleanup(srv.Close)
	return srv
}

// interaction is /ask as Discord sends it, from its own user.
func interaction(n int, question string) []byte {
	user := strconv.FormatUint(1400000000000100000+uint64(n), 10)
	b, _ := json.Marshal(map[string]any{
		"type": 2, "id": strconv.FormatUint(1500000000000000000+uint64(n), 10),
		"application_id": discordtest.AppID, "token": "aW50ZXJhY3Rpb24" + strconv.Itoa(n), "version": 1,
		"guild_id": discordtest.GuildID, "channel_id": discordtest.ChannelID, "locale": "en-GB",
		"member": map[string]any{"user": map[string]any{"id": user, "username": "u" + strconv.Itoa(n)}, "roles": []any{}, "permissions": "0"},
		"data": map[string]any{"id": "1300000000000000010", "name": "ask", "type": 1,
			"options": []any{map[string]any{"name": "question", "type": 3, "value": question}}},
	})
	return b
}

type loadResult struct {
	n, failed, slow int
	lat             []time.Duration
	wall            time.Duration
}

func (r loadResult) pct(p float64) time.Duration {
	if len(r.lat) == 0 {
		return 0
	}
	i := int(p * float64(len(r.lat)-1))
	return r.lat[i]
}

func (r loadResult) throughput() float64 { return float64(r.n) / r.wall.Seconds() }

// load sends n interactions to url, concurrency at a time.
func load(t *testing.T, url string, key ed25519.PrivateKey, n, concurrency int, base int) loadResult {
	client := &http.Client{Transport: &http.Transport{MaxIdleConns: 1000, MaxIdleConnsPerHost: 1000}, Timeout: 30 * time.Second}
	jobs := make(chan int)
	var mu sync.Mutex
	res := loadResult{n: n}
	var wg sync.WaitGroup
	start := time.Now()
	for range concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				body := interaction(base+i, loadQuestions[i%len(loadQuestions)])
				req, err := discordtest.SignedRequest(context.Background(), url, key, time.Now(), body)
				if err != nil {
					t.Error(err)
					continue
				}
				t0 := time.Now()
				resp, err := client.Do(req)
				var got []byte
				if err == nil {
					got, _ = io.ReadAll(resp.Body)
					resp.Body.Close()
				}
				d := time.Since(t0)
				mu.Lock()
				res.lat = append(res.lat, d)
				ok := err == nil && resp.StatusCode == 200 && strings.Contains(string(got), `"type":4`) && strings.Contains(string(got), `"embeds":[{`)
				if !ok {
					res.failed++
					if res.failed <= 3 {
						t.Logf("failed: %v %s", err, got)
					}
				}
				if d > 3*time.Second {
					res.slow++
				}
				mu.Unlock()
			}
		}()
	}
	for i := range n {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	res.wall = time.Since(start)
	slices.Sort(res.lat)
	return res
}

func TestReplicaLoad(t *testing.T) {
	n := envInt("LOADTEST_N", 1000)
	concurrency := envInt("LOADTEST_CONCURRENCY", 200)
	bin := filepath.Join(t.TempDir(), "talksbot")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		t.Fatalf("go build: %v", err)
	}
	_, key, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	srv := discordtest.NewServer(t, discordtest.Options{SigningKey: key})
	corpusDir := t.TempDir()
	copyEmbedded(t, corpusDir)
	env := append(os.Environ(),
		"TALKSBOT_DISCORD_TOKEN="+srv.Token(),
		"TALKSBOT_DISCORD_API_URL="+srv.URL(),
		"TALKSBOT_DISCORD_GUILD_IDS="+discordtest.GuildID,
		"TALKSBOT_DISCORD_MODE=http",
		"TALKSBOT_DISCORD_PUBLIC_KEY="+srv.PublicKeyHex(),
		"TALKSBOT_LOG_LEVEL=info",
	)
	var replicas []*replicaProc
	for range 3 {
		replicas = append(replicas, startReplica(t, bin, corpusDir, env))
	}
	// Warm each replica (first questions open the index's files).
	for _, r := range replicas {
		if res := load(t, "http://"+r.addr+"/interactions", key, 50, 10, 1_000_000); res.failed > 0 {
			t.Fatalf("warm-up on %s: %d failed", r.addr, res.failed)
		}
	}
	rows := []string{}
	var base float64
	for i, setup := range []struct {
		name     string
		replicas []*replicaProc
	}{{"1 replica", replicas[:1]}, {"3 replicas", replicas}} {
		proxy := roundRobin(t, setup.replicas)
		res := load(t, proxy.URL+"/interactions", key, n, concurrency, (i+1)*100_000)
		if i == 0 {
			base = res.throughput()
		}
		rows = append(rows, fmt.Sprintf("| %s | %d | %d | %.1f ms | %.1f ms | %.1f ms | %.0f /s | %.2f× | %d | %d |",
			setup.name, res.n, concurrency, ms(res.pct(.5)), ms(res.pct(.99)), ms(res.lat[len(res.lat)-1]),
			res.throughput(), res.throughput()/base, res.failed, res.slow))
		if res.failed > 0 || res.slow > 0 {
			t.Errorf("%s: %d failed, %d over 3 s", setup.name, res.failed, res.slow)
		}
	}
	table := "| Set-up | Interactions | Concurrent | p50 | p99 | slowest | Throughput | vs 1 replica | Failed | Over 3 s |\n" +
		"|---|---|---|---|---|---|---|---|---|---|\n" + strings.Join(rows, "\n")
	t.Logf("GOMAXPROCS %d, %d CPUs\n%s", runtime.GOMAXPROCS(0), runtime.NumCPU(), table)
	if out := os.Getenv("LOADTEST_OUT"); out != "" {
		_ = os.WriteFile(out, []byte(table+"\n"), 0o644)
	}
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// TestContainerServes runs the container image the way TestReplicaLoad
// runs the binary: serve --mode http against the in-process Discord
// server, answering a PING and /ask, with /metrics counting them. The
// image's data directory and default corpus are used as they are.
// LOADTEST_RUN is the command that runs it, {env} standing for the
// -e NAME=VALUE pairs, e.g.
//
//	LOADTEST_RUN='docker run --rm --network host {env} talksbot' \
//	LOADTEST_RUN='buildah run --isolation chroot --network host {env} CONTAINER -- /talksbot' \
//	  go test -tags loadtest -run TestContainerServes -v ./cmd/talksbot
func TestContainerServes(t *testing.T) {
	run := os.Getenv("LOADTEST_RUN")
	if run == "" {
		t.Skip("set LOADTEST_RUN to the command that runs the image")
	}
	_, key, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	srv := discordtest.NewServer(t, discordtest.Options{SigningKey: key})
	var argv []string
	for _, f := range strings.Fields(run) {
		if f != "{env}" {
			argv = append(argv, f)
			continue
		}
		for _, kv := range []string{
			"TALKSBOT_DISCORD_TOKEN=" + srv.Token(), "TALKSBOT_DISCORD_API_URL=" + srv.URL(),
			"TALKSBOT_DISCORD_GUILD_IDS=" + discordtest.GuildID, "TALKSBOT_DISCORD_PUBLIC_KEY=" + srv.PublicKeyHex(),
			"TALKSBOT_SOURCES_ATTACHMENT_HOSTS=" + srv.AttachmentHost(),
		} {
			argv = append(argv, "-e", kv)
		}
	}
	argv = append(argv, "serve", "--mode", "http", "--listen", "127.0.0.1:0")
	r := startProc(t, argv, os.Environ())
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	srv.UseInteractionsEndpoint("http://" + r.addr + "/interactions")
	if code, body, err := srv.Ping(ctx); err != nil || code != 200 {
		t.Fatalf("PING: %d %s %v", code, body, err)
	}
	reply, err := srv.Interact(ctx, discordtest.Interaction{Name: "ask", Options: []discordtest.Option{{Name: "question", Value: "what did Peskov say"}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(reply.Message.Embeds) == 0 || !strings.Contains(reply.Message.Embeds[0].Description, "Peskov") {
		t.Errorf("/ask: %s", reply.Message.Sent)
	}
	names := map[string]bool{}
	for _, c := range srv.Commands(discordtest.GuildID) {
		names[c.Name] = true
	}
	if !names["source"] {
		t.Errorf("registered %v: no /source on the default set-up", names)
	}
	resp, err := http.Get("http://" + r.addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{`talksbot_interactions_total{command="ask",outcome="ok",transport="http"} 1`, "talksbot_index_documents 2", "talksbot_build_info{"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	logText, _ := os.ReadFile(r.log)
	t.Logf("log:\n%s", logText)
}
