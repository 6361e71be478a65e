package bot_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/talksbot/talksbot/bot"
	"github.com/talksbot/talksbot/bot/discordtest"
)

func TestE2EConnectRetriesThenSucceeds(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, discordtest.Options{})
	srv.FailNext(discordtest.RouteGateway, 503, 2)
	logs := newLogRecorder()
	startBot(t, srv, bot.Options{Log: logs.logger(), ConnectBackoff: time.Millisecond, APIURL: srv.URL()})
	var statuses []int
	for _, r := range srv.RequestsTo(discordtest.RouteGateway) {
		statuses = append(statuses, r.Status)
	}
	if fmt.Sprint(statuses) != "[503 503 200]" {
		t.Errorf("gateway lookups %v, want two failures then success", statuses)
	}
	retries := logs.find(msg("cannot connect to Discord; retrying", "api", srv.URL()))
	if len(retries) != 2 {
		t.Errorf("%d retry warnings naming %s, want 2:\n%s", len(retries), srv.URL(), logs.dump())
	}
	if _, err := srv.Interact(testCtx(t), discordtest.Interaction{Name: "help"}); err != nil {
		t.Errorf("no answer after connecting: %v", err)
	}
}

// runBot runs a bot until Run returns on its own (a start-up failure).
func runBot(t *testing.T, srv *discordtest.Server, token string, opts bot.Options) error {
	t.Helper()
	s, err := bot.NewSession(token, srv.URL(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	eng, err := engine()
	if err != nil {
		t.Fatal(err)
	}
	opts.Session, opts.Engine, opts.APIURL = s, eng, srv.URL()
	opts.ConnectBackoff = time.Millisecond
	b, err := bot.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return b.Run(testCtx(t))
}

func TestE2EStartupRefusals(t *testing.T) {
	t.Parallel()
	t.Run("a refused token", func(t *testing.T) {
		t.Parallel()
		srv := discordtest.NewServer(t, discordtest.Options{})
		err := runBot(t, srv, "not-the-token", bot.Options{GuildIDs: []string{discordtest.GuildID}})
		if !errors.Is(err, bot.ErrBadToken) {
			t.Fatalf("Run = %v, want ErrBadToken", err)
		}
		for _, want := range []string{"401", srv.URL(), "Reset Token", "TALKSBOT_DISCORD_TOKEN"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("message lacks %q: %v", want, err)
			}
		}
		for _, bad := range []string{"{", "discord.com/api", "not-the-token"} {
			if strings.Contains(err.Error(), bad) {
				t.Errorf("message contains %q: %v", bad, err)
			}
		}
		if n := len(srv.RequestsTo(discordtest.RouteGateway)); n != 1 {
			t.Errorf("%d connection attempts with a refused token, want 1", n)
		}
	})
	t.Run("a guild the bot is not in", func(t *testing.T) {
		t.Parallel()
		srv := discordtest.NewServer(t, discordtest.Options{})
		const other = "1299999999999999999"
		err := runBot(t, srv, srv.Token(), bot.Options{GuildIDs: []string{other}})
		if !errors.Is(err, bot.ErrMissingAccess) {
			t.Fatalf("Run = %v, want ErrMissingAccess", err)
		}
		for _, want := range []string{"Missing Access", "403", other, srv.URL(), "applications.commands", bot.InviteURL(discordtest.AppID), "discord.guild_ids"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("message lacks %q: %v", want, err)
			}
		}
		if strings.Contains(err.Error(), "{") {
			t.Errorf("raw JSON in the message: %v", err)
		}
	})
}

func TestE2ERegistrationLeavesOneSet(t *testing.T) {
	t.Parallel()
	names := func(cmds []*discordgo.ApplicationCommand) []string {
		var out []string
		for _, c := range cmds {
			out = append(out, c.Name)
		}
		return out
	}
	t.Run("guild then global", func(t *testing.T) {
		t.Parallel()
		srv := discordtest.NewServer(t, discordtest.Options{})
		ctx := testCtx(t)
		first := startBot(t, srv, bot.Options{GuildIDs: []string{discordtest.GuildID}})
		if len(srv.Commands(discordtest.GuildID)) == 0 {
			t.Fatal("no guild commands")
		}
		first.stop()
		logs := newLogRecorder()
		startBot(t, srv, bot.Options{GuildIDs: []string{}, Log: logs.logger()})
		logs.wait(ctx, t, "bot ready", msg("bot ready"))
		if got := srv.Commands(discordtest.GuildID); len(got) != 0 {
			t.Errorf("guild still has %v: Discord would show every command twice", names(got))
		}
		if got := srv.Commands(""); len(got) != 6 {
			t.Errorf("global commands %v", names(got))
		}
		if len(logs.find(func(r map[string]any) bool { return strings.Contains(fmt.Sprint(r["msg"]), "up to an hour") })) == 0 {
			t.Errorf("no warning that global registration can take up to an hour:\n%s", logs.dump())
		}
		if len(logs.find(msg("removed commands left from an earlier registration", "where", "in guild "+discordtest.GuildID))) != 1 {
			t.Errorf("the removal was not logged:\n%s", logs.dump())
		}
	})
	t.Run("a guild dropped from the list", func(t *testing.T) {
		t.Parallel()
		const second = "1200000000000000002"
		srv := discordtest.NewServer(t, discordtest.Options{GuildIDs: []string{discordtest.GuildID, second}})
		ctx := testCtx(t)
		first := startBot(t, srv, bot.Options{GuildIDs: []string{discordtest.GuildID, second}})
		if _, err := srv.WaitCommands(ctx, second); err != nil {
			t.Fatal(err)
		}
		first.stop()
		logs := newLogRecorder()
		startBot(t, srv, bot.Options{GuildIDs: []string{discordtest.GuildID}, Log: logs.logger()})
		logs.wait(ctx, t, "bot ready", msg("bot ready"))
		if got := srv.Commands(second); len(got) != 0 {
			t.Errorf("the dropped guild still has %v", names(got))
		}
		if got := srv.Commands(discordtest.GuildID); len(got) != 6 {
			t.Errorf("the kept guild has %v", names(got))
		}
		if got := srv.Commands(""); len(got) != 0 {
			t.Errorf("global commands %v", names(got))
		}
	})
}
