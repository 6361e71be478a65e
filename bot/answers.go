package bot

// answers turns questions into replies: it asks the engine, pages the
// passages and renders one embed per page. /ask, /quote, /topic, mentions,
// DMs and the paging buttons all go through it.
type answers struct {
	engine  Answerer
	perPage int
}
