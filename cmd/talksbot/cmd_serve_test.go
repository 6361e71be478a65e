package main

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/talksbot/talksbot/bot/discordtest"
)

func TestServeWithoutTokenSaysHowToGiveOne(t *testing.T) {
	t.Setenv("TALKSBOT_DISCORD_TOKEN", "")
	var stdout, stderr bytes.Buffer
	start := time.Now()
	code := run(context.Background(), []string{"serve", "--data-dir", t.TempDir()}, &stdout, &stderr)
	if code == 0 {
		t.Fatal("serve without a token succeeded")
	}
	for _, want := range []string{"TALKSBOT_DISCORD_TOKEN", "discord.token_file"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("message lacks %q: %s", want, stderr.String())
		}
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v to refuse; it should not load the corpus first", d)
	}
}

func TestServeAnswersOnDiscordAndStopsCleanly(t *testing.T) {
	srv := discordtest.NewServer(t, discordtest.Options{})
	t.Setenv("TALKSBOT_DISCORD_TOKEN", srv.Token())
	t.Setenv("TALKSBOT_DISCORD_API_URL", srv.URL())
	t.Setenv("TALKSBOT_DISCORD_GUILD_IDS", discordtest.GuildID)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// discordgo's goroutines may still log while the test reads the log.
	var stdout, stderr lockedBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--data-dir", t.TempDir()}, &stdout, &stderr)
	}()
	wctx, wcancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer wcancel()
	r, err := srv.Interact(wctx, discordtest.Interaction{Name: "ask",
		Options: []discordtest.Option{{Name: "question", Value: "what did Peskov say"}}})
	if err != nil {
		cancel()
		<-done
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	if len(r.Message.Embeds) == 0 || !strings.Contains(r.Message.Embeds[0].Description, "Dmitry Peskov") {
		t.Errorf("answer: %s", r.Message.Sent)
	}
	names := map[string]bool{}
	for _, c := range srv.Commands(discordtest.GuildID) {
		names[c.Name] = true
	}
	if !names["ask"] || !names["reindex"] {
		t.Errorf("registered %v, want the question and moderator commands", names)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit %d: %s", code, stderr.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop after the signal")
	}
	if strings.Contains(stderr.String(), srv.Token()) {
		t.Error("the token reached the log")
	}
}

// lockedBuffer is a bytes.Buffer safe for concurrent writers and readers.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
