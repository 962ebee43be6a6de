-- A headless Neovim (0.7+) as a second real LSP client of `pacto-language-server --stdio`, driven by
-- test/server/neovim.test.ts: opens PACTO_FILE, starts the server with vim.lsp.start_client, attaches it
-- to the buffer, waits for the file's diagnostics, asks for a hover at PACTO_HOVER_LINE/PACTO_HOVER_CHAR
-- (0-based) and for the code actions of the diagnostics, and writes everything as JSON to PACTO_OUT.
local env = function(name) return os.getenv(name) end
local out_file = env('PACTO_OUT')
local result = { diagnostics = vim.NIL, hover = vim.NIL, codeActions = vim.NIL, serverName = vim.NIL }

local function write()
  local f = assert(io.open(out_file, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(env('PACTO_FILE')))
  local buf = vim.api.nvim_get_current_buf()
  vim.api.nvim_buf_set_option(buf, 'filetype', 'pacto')
  local uri = vim.uri_from_bufnr(buf)
  local client_id = vim.lsp.start_client({
    name = 'pacto',
    cmd = { env('PACTO_NODE'), env('PACTO_SERVER'), '--stdio' },
    root_dir = env('PACTO_ROOT'),
    workspace_folders = { { uri = vim.uri_from_fname(env('PACTO_ROOT')), name = 'pacto' } },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, params)
        if params and params.uri == uri then result.diagnostics = params.diagnostics end
      end,
    },
  })
  assert(client_id, 'vim.lsp.start_client failed')
  vim.lsp.buf_attach_client(buf, client_id)
  assert(vim.wait(30000, function() return result.diagnostics ~= vim.NIL end, 50), 'no diagnostics within 30 s')
  local client = vim.lsp.get_client_by_id(client_id)
  result.serverName = (client.server_capabilities and client.server_capabilities.hoverProvider) and 'hover' or 'no hover'

  local hover = client.request_sync('textDocument/hover', {
    textDocument = { uri = uri },
    position = { line = tonumber(env('PACTO_HOVER_LINE')), character = tonumber(env('PACTO_HOVER_CHAR')) },
  }, 15000, buf)
  if hover and hover.result then result.hover = hover.result end

  local diagnostics = result.diagnostics
  if #diagnostics > 0 then
    local actions = client.request_sync('textDocument/codeAction', {
      textDocument = { uri = uri },
      range = diagnostics[1].range,
      context = { diagnostics = diagnostics },
    }, 15000, buf)
    if actions and actions.result then result.codeActions = actions.result end
  end
  client.stop()
end)
if not ok then result.error = tostring(err) end
write()
vim.cmd('qa!')
