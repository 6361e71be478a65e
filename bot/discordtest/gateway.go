package discordtest

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Gateway opcodes.
const (
	opDispatch       = 0
	opHeartbeat      = 1
	opIdentify       = 2
	opResume         = 6
	opReconnect      = 7
	opInvalidSession = 9
	opHello          = 10
	opHeartbeatAck   = 11
)

// privilegedIntents need approval on Discord; unapproved bots get 4014.
const privilegedIntents = discordgo.IntentGuildMembers | discordgo.IntentGuildPresences | discordgo.IntentMessageContent

// ErrNoIntent is returned when an event is not sent because the bot's
// IDENTIFY did not ask for the intent that carries it.
var ErrNoIntent = errors.New("discordtest: the bot did not identify with the intent for this event")

// gatewayState is the server's view of the bot's gateway sessions; guarded
// by Server.mu.
type gatewayState struct {
	sessions map[string]*gwSession
	// shards holds each shard's current session, by shard id; shardCount
	// is the number of shards the bot identified with (1 until then).
	shards     map[int]*gwSession
	shardCount int
	conns      map[*wsConn]struct{}
	identifies int
	resumes    int
	heartbeats int
	invalid    int // INVALID_SESSION sent
	connects   int // connections that finished IDENTIFY or RESUME
	lastIdent  *identify
	// routed lists, per shard, the guild events dispatched to it.
	routed map[int][]string
}

// current is shard 0's session (the only one without sharding).
func (g *gatewayState) current() *gwSession { return g.shards[0] }

// count is the shard count guilds are routed by.
func (g *gatewayState) count() int { return max(g.shardCount, 1) }

// ShardOf is the shard that receives a guild's events when the bot runs
// count shards: (guild_id >> 22) % count, as on Discord.
func ShardOf(guildID string, count int) int {
	id, err := strconv.ParseUint(guildID, 10, 64)
	if err != nil || count <= 1 {
		return 0
	}
	return int((id >> 22) % uint64(count))
}

// guildOf is the guild an event is about, "" for none (a DM).
func guildOf(data any) string {
	if m, ok := data.(map[string]any); ok {
		if g, ok := m["guild_id"].(string); ok {
			return g
		}
	}
	return ""
}

// all reports whether every shard has a session for which ok is true.
func (g *gatewayState) all(ok func(*gwSession) bool) bool {
	for id := range g.count() {
		if sess := g.shards[id]; sess == nil || !ok(sess) {
			return false
		}
	}
	return true
}

// gwSession is one gateway session: it survives disconnects and is resumed.
type gwSession struct {
	id      string
	shard   int // shard id and count from IDENTIFY
	nshards int
	seq     int64
	log     []sent // every dispatch, for replay on RESUME
	conn    *wsConn
	intents discordgo.Intent
	valid   bool
}

type sent struct {
	seq     int64
	payload []byte
}

// wsConn is one websocket connection; gorilla allows one writer at a time.
type wsConn struct {
	c   *websocket.Conn
	wmu sync.Mutex
}

func (c *wsConn) write(messageType int, b []byte) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.c.SetWriteDeadline(time.Now().Add(5 * time.Second))
	return c.c.WriteMessage(messageType, b)
}

func (c *wsConn) writeJSON(v any) error { return c.write(websocket.TextMessage, mustJSON(v)) }

func (c *wsConn) close(code int, text string) {
	_ = c.write(websocket.CloseMessage, websocket.FormatCloseMessage(code, text))
	_ = c.c.Close()
}

type payload struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
	S  *int64          `json:"s"`
	T  *string         `json:"t"`
}

type identify struct {
	Token      string            `json:"token"`
	Intents    discordgo.Intent  `json:"intents"`
	Compress   bool              `json:"compress"`
	Properties map[string]string `json:"properties"`
	Shard      *[2]int           `json:"shard"`
}

type resume struct {
	Token     string `json:"token"`
	SessionID string `json:"session_id"`
	Seq       int64  `json:"seq"`
}

// GatewayStats counts what happened on the gateway.
type GatewayStats struct {
	Identifies, Resumes, Heartbeats int
	// InvalidSessions counts INVALID_SESSION sent for RESUMEs that could not
	// be honoured.
	InvalidSessions int
	// Connects counts connections that became live (READY or RESUMED).
	Connects int
	// Connected says a live connection is open now.
	Connected bool
	// Intents and Properties are from the last IDENTIFY.
	Intents    discordgo.Intent
	Properties map[string]string
	// Compress is the last IDENTIFY's compress flag.
	Compress bool
	// ShardCount is the number of shards the bot identified with (1
	// without sharding); Shards describes each.
	ShardCount int
	Shards     map[int]ShardStats
}

// ShardStats is what one shard's current session got.
type ShardStats struct {
	Connected bool
	// Guilds are the guilds its READY listed.
	Guilds []string
	// Events are the guild events dispatched to it, as "TYPE guild_id",
	// oldest first (READY's GUILD_CREATEs included).
	Events []string
}

// Stats reports the gateway counters.
func (s *Server) Stats() GatewayStats {
	s.mu.Lock()
	defer s.mu.Unlock()
	g := s.gateway
	st := GatewayStats{Identifies: g.identifies, Resumes: g.resumes, Heartbeats: g.heartbeats, InvalidSessions: g.invalid, Connects: g.connects}
	st.Connected = g.shardCount > 0 && g.all(func(sess *gwSession) bool { return sess.conn != nil })
	st.ShardCount = g.count()
	st.Shards = map[int]ShardStats{}
	for id, sess := range g.shards {
		var guilds []string
		for _, gid := range s.opts.GuildIDs {
			if ShardOf(gid, sess.nshards) == sess.shard {
				guilds = append(guilds, gid)
			}
		}
		st.Shards[id] = ShardStats{Connected: sess.conn != nil, Guilds: guilds, Events: append([]string(nil), g.routed[id]...)}
	}
	if g.lastIdent != nil {
		st.Intents, st.Properties, st.Compress = g.lastIdent.Intents, g.lastIdent.Properties, g.lastIdent.Compress
	}
	return st
}

// WaitReady waits until the bot has a live gateway connection on every
// shard it identified with.
func (s *Server) WaitReady(ctx context.Context) error {
	return s.waitFor(ctx, "gateway READY", func() bool {
		return s.gateway.shardCount > 0 && s.gateway.all(func(sess *gwSession) bool { return sess.conn != nil })
	})
}

// Reconnect sends op 7 RECONNECT, as Discord does before moving a session,
// and waits until the bot is connected again (discordgo resumes).
func (s *Server) Reconnect(ctx context.Context) error {
	return s.disconnect(ctx, func(c *wsConn) {
		_ = c.writeJSON(map[string]any{"op": opReconnect, "d": nil, "s": nil, "t": nil})
	})
}

// Drop closes the bot's connection abruptly (no close frame), as a network
// failure would, and waits until the bot is connected again.
func (s *Server) Drop(ctx context.Context) error {
	return s.disconnect(ctx, func(c *wsConn) { _ = c.c.Close() })
}

func (s *Server) disconnect(ctx context.Context, how func(*wsConn)) error {
	if err := s.WaitReady(ctx); err != nil {
		return err
	}
	s.mu.Lock()
	before := s.gateway.connects
	c := s.gateway.current().conn
	s.mu.Unlock()
	how(c)
	return s.waitFor(ctx, "gateway reconnect", func() bool {
		cur := s.gateway.current()
		return s.gateway.connects > before && cur != nil && cur.conn != nil
	})
}

// Dispatch sends an event (op 0) with the next sequence number to the bot's
// session, queuing it for replay if the bot is between connections of a
// resumable session. With several shards, a guild's events go to shard
// (guild_id >> 22) % shard_count (ShardOf) and DMs to shard 0. When the bot
// has no session, or closed it (a restart), Dispatch waits for the next
// IDENTIFY rather than losing the event. It fails with ErrNoIntent when the
// session did not subscribe to the intent carrying eventType.
func (s *Server) Dispatch(ctx context.Context, eventType string, data any) (int64, error) {
	guild := guildOf(data)
	s.mu.Lock()
	defer s.mu.Unlock()
	var sess *gwSession
	for {
		shard := 0
		if guild != "" {
			shard = ShardOf(guild, s.gateway.count())
		}
		if sess = s.gateway.shards[shard]; sess != nil && sess.valid {
			break
		}
		s.mu.Unlock()
		err := s.waitSession(ctx, guild)
		s.mu.Lock()
		if err != nil {
			return 0, err
		}
	}
	if need := intentFor(eventType, data); need != 0 && sess.intents&need == 0 {
		return 0, fmt.Errorf("%w: %s needs intent %d, identified with %d", ErrNoIntent, eventType, need, sess.intents)
	}
	if guild != "" {
		s.gateway.routed[sess.shard] = append(s.gateway.routed[sess.shard], eventType+" "+guild)
	}
	return s.dispatchLocked(sess, eventType, data), nil
}

// waitSession waits for a session that can take guild's events ("" for a
// DM's).
func (s *Server) waitSession(ctx context.Context, guild string) error {
	return s.waitFor(ctx, "gateway session", func() bool {
		sess := s.gateway.shards[ShardOf(guild, s.gateway.count())]
		return sess != nil && sess.valid
	})
}

// dispatchLocked appends an event to the session log and sends it if the
// session is connected. Writing under s.mu keeps sequence order on the wire.
func (s *Server) dispatchLocked(sess *gwSession, eventType string, data any) int64 {
	sess.seq++
	b := mustJSON(map[string]any{"op": opDispatch, "s": sess.seq, "t": eventType, "d": data})
	sess.log = append(sess.log, sent{seq: sess.seq, payload: b})
	if sess.conn != nil {
		if err := sess.conn.write(websocket.TextMessage, b); err != nil {
			s.logf("dispatch %s: %v (will replay on resume)", eventType, err)
		}
	}
	s.logf("dispatch %s seq %d", eventType, sess.seq)
	return sess.seq
}

// intentFor is the intent Discord requires before it sends an event.
func intentFor(eventType string, data any) discordgo.Intent {
	switch eventType {
	case "GUILD_CREATE", "GUILD_UPDATE", "GUILD_DELETE", "CHANNEL_CREATE":
		return discordgo.IntentGuilds
	case "MESSAGE_CREATE", "MESSAGE_UPDATE", "MESSAGE_DELETE":
		if m, ok := data.(map[string]any); ok {
			if _, guild := m["guild_id"]; !guild {
				return discordgo.IntentDirectMessages
			}
		}
		return discordgo.IntentGuildMessages
	}
	return 0
}

// serveGateway upgrades to a websocket and runs the gateway protocol.
func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("v") != "9" || q.Get("encoding") != "json" || q.Get("compress") != "" {
		http.Error(w, "discordtest: gateway supports v=9&encoding=json without compress, got "+r.URL.RawQuery, http.StatusBadRequest)
		return
	}
	up := websocket.Upgrader{}
	c, err := up.Upgrade(w, r, nil)
	if err != nil {
		s.logf("gateway upgrade: %v", err)
		return
	}
	conn := &wsConn{c: c}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		conn.close(websocket.CloseGoingAway, "closing")
		return
	}
	s.gateway.conns[conn] = struct{}{}
	s.mu.Unlock()
	go s.runConn(conn)
}

// runConn reads one connection until it closes.
func (s *Server) runConn(conn *wsConn) {
	var sess *gwSession
	defer func() {
		_ = conn.c.Close()
		s.mu.Lock()
		delete(s.gateway.conns, conn)
		if sess != nil && sess.conn == conn {
			sess.conn = nil
		}
		s.notifyLocked()
		s.mu.Unlock()
	}()
	if err := conn.writeJSON(map[string]any{"op": opHello, "d": map[string]any{"heartbeat_interval": s.opts.HeartbeatInterval.Milliseconds()}, "s": nil, "t": nil}); err != nil {
		return
	}
	for {
		_, msg, err := conn.c.ReadMessage()
		if err != nil {
			var ce *websocket.CloseError
			// A client closing with 1000 or 1001 ends its session on Discord:
			// a later RESUME is answered with INVALID_SESSION.
			if errors.As(err, &ce) && (ce.Code == websocket.CloseNormalClosure || ce.Code == websocket.CloseGoingAway) && sess != nil {
				s.mu.Lock()
				sess.valid = false
				s.notifyLocked()
				s.mu.Unlock()
			}
			s.logf("gateway read: %v", err)
			return
		}
		var p payload
		if err := json.Unmarshal(msg, &p); err != nil {
			conn.close(4002, "Error while decoding payload.")
			return
		}
		switch p.Op {
		case opHeartbeat:
			s.mu.Lock()
			s.gateway.heartbeats++
			s.mu.Unlock()
			if conn.writeJSON(map[string]any{"op": opHeartbeatAck, "d": nil, "s": nil, "t": nil}) != nil {
				return
			}
		case opIdentify:
			if sess != nil {
				conn.close(4005, "Already authenticated.")
				return
			}
			var id identify
			if err := json.Unmarshal(p.D, &id); err != nil {
				conn.close(4002, "Error while decoding payload.")
				return
			}
			if sess = s.identify(conn, id); sess == nil {
				return
			}
		case opResume:
			if sess != nil {
				conn.close(4005, "Already authenticated.")
				return
			}
			var rs resume
			if err := json.Unmarshal(p.D, &rs); err != nil {
				conn.close(4002, "Error while decoding payload.")
				return
			}
			sess = s.resume(conn, rs)
		case 3, 4, 8: // presence, voice state, request guild members: accepted, ignored
			if sess == nil {
				conn.close(4003, "Not authenticated.")
				return
			}
		default:
			conn.close(4001, "Unknown opcode.")
			return
		}
	}
}

func (s *Server) tokenOK(tok string) bool {
	return tok == "Bot "+s.opts.Token || tok == s.opts.Token
}

// identify starts a new session and sends READY (and GUILD_CREATEs).
func (s *Server) identify(conn *wsConn, id identify) *gwSession {
	if !s.tokenOK(id.Token) {
		conn.close(4004, "Authentication failed.")
		return nil
	}
	if id.Intents&privilegedIntents != 0 && !s.opts.AllowPrivilegedIntents {
		conn.close(4014, "Disallowed intent(s).")
		return nil
	}
	shard, count := 0, 1
	if id.Shard != nil {
		shard, count = id.Shard[0], id.Shard[1]
	}
	if count < 1 || shard < 0 || shard >= count {
		conn.close(4010, "Invalid shard.")
		return nil
	}
	if count < s.opts.Shards {
		conn.close(4011, "Sharding required.")
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	sess := &gwSession{id: randomToken(16), shard: shard, nshards: count, conn: conn, intents: id.Intents, valid: true}
	if old := s.gateway.shards[shard]; old != nil {
		old.valid = false
	}
	s.gateway.sessions[sess.id] = sess
	s.gateway.shards[shard] = sess
	s.gateway.shardCount = count
	s.gateway.identifies++
	s.gateway.connects++
	s.gateway.lastIdent = &id

	// A shard hears only of its own guilds.
	var mine []string
	for _, g := range s.opts.GuildIDs {
		if ShardOf(g, count) == shard {
			mine = append(mine, g)
		}
	}
	guilds := make([]map[string]any, 0, len(mine))
	for _, g := range mine {
		guilds = append(guilds, map[string]any{"id": g, "unavailable": true})
	}
	ready := map[string]any{
		"v":                  9,
		"user":               s.userJSON(s.users[AppID]),
		"guilds":             guilds,
		"session_id":         sess.id,
		"resume_gateway_url": s.gatewayURL(),
		"shard":              []int{shard, count},
		"application":        map[string]any{"id": AppID, "flags": 0},
		"private_channels":   []any{},
		"session_type":       "normal",
	}
	sess.seq++
	b := mustJSON(map[string]any{"op": opDispatch, "s": sess.seq, "t": "READY", "d": ready})
	sess.log = append(sess.log, sent{seq: sess.seq, payload: b})
	var err error
	if id.Compress {
		// Discord zlib-compresses large payloads as binary frames when the
		// client says it can inflate them; discordgo can.
		var z bytes.Buffer
		zw := zlib.NewWriter(&z)
		_, _ = zw.Write(b)
		_ = zw.Close()
		err = conn.write(websocket.BinaryMessage, z.Bytes())
	} else {
		err = conn.write(websocket.TextMessage, b)
	}
	if err != nil {
		s.logf("send READY: %v", err)
	}
	if id.Intents&discordgo.IntentGuilds != 0 {
		for _, g := range mine {
			s.gateway.routed[shard] = append(s.gateway.routed[shard], "GUILD_CREATE "+g)
			s.dispatchLocked(sess, "GUILD_CREATE", s.guildJSONLocked(g))
		}
	}
	s.notifyLocked()
	s.logf("IDENTIFY: session %s, shard [%d, %d], intents %d", sess.id, shard, count, id.Intents)
	return sess
}

// resume reattaches a session, replays what the bot missed, then RESUMED.
func (s *Server) resume(conn *wsConn, rs resume) *gwSession {
	if !s.tokenOK(rs.Token) {
		conn.close(4004, "Authentication failed.")
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	sess := s.gateway.sessions[rs.SessionID]
	if sess == nil || !sess.valid || sess != s.gateway.shards[sess.shard] || rs.Seq > sess.seq {
		s.gateway.invalid++
		s.notifyLocked()
		_ = conn.writeJSON(map[string]any{"op": opInvalidSession, "d": false, "s": nil, "t": nil})
		s.logf("RESUME %s refused: INVALID_SESSION", rs.SessionID)
		return nil
	}
	if sess.conn != nil && sess.conn != conn {
		go sess.conn.close(4000, "Session resumed elsewhere.")
	}
	sess.conn = conn
	replayed := 0
	for _, e := range sess.log {
		if e.seq > rs.Seq {
			if err := conn.write(websocket.TextMessage, e.payload); err != nil {
				break
			}
			replayed++
		}
	}
	// RESUMED ends the replay; it is not itself replayed later.
	_ = conn.writeJSON(map[string]any{"op": opDispatch, "s": sess.seq, "t": "RESUMED", "d": map[string]any{}})
	s.gateway.resumes++
	s.gateway.connects++
	s.notifyLocked()
	s.logf("RESUME %s from seq %d: replayed %d", sess.id, rs.Seq, replayed)
	return sess
}

// gatewayURL is the websocket URL GET /gateway hands out.
func (s *Server) gatewayURL() string {
	return "ws" + strings.TrimPrefix(s.http.URL, "http") + "/gateway"
}
