package bot_test

import (
	"context"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/talksbot/talksbot/bot"
	"github.com/talksbot/talksbot/bot/discordtest"
)

// shardedGuilds are n guild ids that alternate between two shards:
// consecutive values of guild_id >> 22.
func shardedGuilds(n int) []string {
	const base = uint64(1200000000000000001)
	out := make([]string, n)
	for k := range n {
		out[k] = strconv.FormatUint(base+uint64(k)<<22, 10)
	}
	return out
}

// Two shards in one process: each gets READY and GUILD_CREATE for its own
// guilds only, each guild's interactions and mentions arrive on its shard
// alone, and the bot answers all of them.
func TestShardsEachGetOnlyTheirGuilds(t *testing.T) {
	t.Parallel()
	guilds := shardedGuilds(4)
	srv := discordtest.NewServer(t, discordtest.Options{GuildIDs: guilds, Shards: 2})
	ctx := testCtx(t)
	eng, err := engine()
	if err != nil {
		t.Fatal(err)
	}
	s0, err := bot.NewSession(srv.Token(), srv.URL(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	gb, err := bot.RecommendedShards(ctx, s0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if gb.Shards != 2 {
		t.Fatalf("GET /gateway/bot recommends %d shards, want 2", gb.Shards)
	}
	sessions, err := bot.NewSessions(srv.Token(), bot.SessionOptions{APIURL: srv.URL(), ShardCount: gb.Shards})
	if err != nil {
		t.Fatal(err)
	}
	gateways := make([]bot.Discord, len(sessions))
	for i, s := range sessions {
		gateways[i] = s
	}
	obs := &recordingObserver{}
	b, err := bot.New(bot.Options{
		Session: sessions[0], Gateways: gateways, Engine: eng, GuildIDs: guilds,
		IdentifyInterval: time.Millisecond, MaxConcurrency: gb.MaxConcurrency,
		Observer: obs, Log: slog.New(slog.DiscardHandler),
	})
	if err != nil {
		t.Fatal(err)
	}
	runCtx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- b.Run(runCtx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	for _, g := range guilds {
		if _, err := srv.WaitCommands(ctx, g); err != nil {
			t.Fatal(err)
		}
	}
	if err := srv.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}

	for _, g := range guilds {
		r, err := srv.Interact(ctx, discordtest.Interaction{Name: "ask", GuildID: g, ChannelID: srv.AddChannel(g, "talks"),
			Options: []discordtest.Option{{Name: "question", Value: "who is Claudia Major?"}}})
		if err != nil {
			t.Fatalf("guild %s: %v", g, err)
		}
		if !strings.Contains(embedText(r.Message), "Claudia Major") {
			t.Errorf("guild %s: answer %s", g, embedText(r.Message))
		}
		reply, err := srv.SendMessage(ctx, discordtest.UserMessage{Content: srv.BotMention() + " who is Claudia Major?", GuildID: g, ChannelID: srv.AddChannel(g, "chat")})
		if err != nil {
			t.Fatalf("guild %s mention: %v", g, err)
		}
		if !strings.Contains(embedText(reply), "Claudia Major") {
			t.Errorf("guild %s mention: %s", g, embedText(reply))
		}
	}

	st := srv.Stats()
	if st.ShardCount != 2 || len(st.Shards) != 2 {
		t.Fatalf("server saw %d shards: %+v", st.ShardCount, st.Shards)
	}
	for shard, ss := range st.Shards {
		var want []string
		for _, g := range guilds {
			if discordtest.ShardOf(g, 2) == shard {
				want = append(want, g)
			}
		}
		if len(want) != 2 || !slices.Equal(ss.Guilds, want) {
			t.Errorf("shard %d was told of guilds %v, want %v", shard, ss.Guilds, want)
		}
		kinds := map[string]int{}
		for _, ev := range ss.Events {
			kind, g, _ := strings.Cut(ev, " ")
			kinds[kind]++
			if !slices.Contains(want, g) {
				t.Errorf("shard %d got %s for guild %s, which is shard %d's", shard, kind, g, discordtest.ShardOf(g, 2))
			}
		}
		if kinds["GUILD_CREATE"] != 2 || kinds["INTERACTION_CREATE"] != 2 || kinds["MESSAGE_CREATE"] != 2 {
			t.Errorf("shard %d got %v, want 2 of each", shard, kinds)
		}
	}
	if !b.Ready() {
		t.Error("the bot is not ready with both shards connected")
	}

	// A dropped connection is resumed and counted as a reconnect of its
	// shard.
	if err := srv.Drop(ctx); err != nil {
		t.Fatal(err)
	}
	for {
		obs.mu.Lock()
		n := len(obs.reconnects)
		obs.mu.Unlock()
		if n > 0 {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatal("no reconnect reported")
		case <-time.After(5 * time.Millisecond):
		}
	}
	obs.mu.Lock()
	if !slices.Equal(obs.reconnects, []int{0}) {
		t.Errorf("reconnects %v, want shard 0 once", obs.reconnects)
	}
	obs.mu.Unlock()
}

// A bot that identifies with fewer shards than Discord requires is told so
// at once, not retried for ever.
func TestTooFewShardsIsRefused(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, discordtest.Options{Shards: 2})
	eng, err := engine()
	if err != nil {
		t.Fatal(err)
	}
	s, err := bot.NewSession(srv.Token(), srv.URL(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := bot.New(bot.Options{Session: s, Engine: eng, GuildIDs: []string{discordtest.GuildID}})
	if err != nil {
		t.Fatal(err)
	}
	err = b.Run(testCtx(t))
	if err == nil || !strings.Contains(err.Error(), "4011") {
		t.Errorf("Run with 1 shard of a required 2: %v, want the 4011 close", err)
	}
}
