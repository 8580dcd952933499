-- Drives headless Neovim for neovim.test.ts, after the README's configuration has been
-- loaded: opens each draft, waits for the diagnostics of the buffer's version, types the
-- edit, saves, waits for the diagnostics of the new version, and writes what
-- vim.diagnostic holds for each as JSON.

local jobs = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv('NOS_JOBS')), '\n'))

-- The version of the last report received for each document.
local reported = {}
local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  publish(err, result, ctx, config)
  reported[result.uri] = result.version
end

local function await_current(buf, what)
  local uri = vim.uri_from_bufnr(buf)
  local arrived = vim.wait(20000, function()
    return reported[uri] ~= nil and reported[uri] == vim.lsp.util.buf_versions[buf]
  end, 10)
  if not arrived then
    error(string.format('no diagnostics for version %s of %s %s (last report: version %s)', vim.lsp.util.buf_versions[buf], what, uri, reported[uri]))
  end
end

local function seen(buf)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out, {
      line = d.lnum, col = d.col, endLine = d.end_lnum, endCol = d.end_col,
      code = d.code, severity = d.severity, message = d.message,
    })
  end
  return out
end

local function run()
  local results = {}
  for _, job in ipairs(jobs) do
    vim.cmd('edit ' .. vim.fn.fnameescape(job.path))
    local buf = vim.api.nvim_get_current_buf()
    local result = { filetype = vim.bo[buf].filetype }
    await_current(buf, 'the opened')
    result.opened = seen(buf)
    vim.api.nvim_win_set_cursor(0, { job.edit.line + 1, job.edit.byte })
    local keys = 'c' .. job.edit.length .. 'l' .. job.edit.text .. '<Esc>'
    vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes(keys, true, false, true), 'xt', false)
    vim.cmd('write')
    await_current(buf, 'the edited')
    result.edited = seen(buf)
    table.insert(results, result)
  end
  return results
end

local ok, results = pcall(run)
vim.fn.writefile({ vim.fn.json_encode(ok and { results = results } or { error = tostring(results) }) }, os.getenv('NOS_OUT'))
vim.cmd(ok and 'qall!' or 'cquit!')
