package bot_test

import (
	"strings"
	"testing"

	"github.com/talksbot/talksbot/bot"
	"github.com/talksbot/talksbot/bot/discordtest"
)

func TestE2EReplayedInteractionAnsweredOnce(t *testing.T) {
	t.Parallel()
	srv := discordtest.NewServer(t, discordtest.Options{})
	logs := newLogRecorder()
	startBot(t, srv, bot.Options{Log: logs.logger()})
	ctx := testCtx(t)
	r, err := srv.Interact(ctx, ask("what did Peskov say"))
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Redeliver(ctx, r); err != nil {
		t.Fatal(err)
	}
	logs.wait(ctx, t, "for the replay", msg("interaction", "outcome", "duplicate", "id", r.ID))
	logs.wait(ctx, t, "for the answer", msg("interaction", "command", "ask"))
	var callbacks int
	for _, req := range srv.RequestsTo(discordtest.RouteCallback) {
		if strings.Contains(req.Path, "/interactions/"+r.ID+"/") {
			callbacks++
		}
	}
	if callbacks != 1 {
		t.Errorf("%d callbacks for one interaction delivered twice", callbacks)
	}
	if n := len(logs.find(msg("interaction", "command", "ask"))); n != 1 {
		t.Errorf("%d answers logged, want 1", n)
	}
}
