--[[
Gold's job_submit plugin: asks Gold for a quote of every submitted job and refuses the submission
with Gold's message when the project cannot fund it (submit.insufficient = refuse), or lets it through
with the message as a warning (warn). When no Gold server answers, submit.unreachable decides (default:
let the job through and log). The decision is made by `gold-slurm quote`; this file only relays it.

Install: Slurm loads job_submit.lua from the directory of slurm.conf; symlink or copy this file there
and set JobSubmitPlugins=lua. The install tree is found from the real location of this file (through
a symlink), else from the tree it was copied from at build time.
]]

local function quote(s)
  return "'" .. string.gsub(tostring(s), "'", "'\\''") .. "'"
end

local function gold_home()
  local source = string.gsub(debug.getinfo(1, "S").source, "^@", "")
  local p = io.popen("/usr/bin/readlink -f " .. quote(source) .. " 2>/dev/null")
  if p then
    local real = p:read("*l")
    p:close()
    local root = real and string.match(real, "^(.*)/libexec/slurm/[^/]+$")
    if root then
      return root
    end
  end
  return "@PREFIX@"
end

local HOME = gold_home()
local PROGRAM = HOME .. "/bin/gold-slurm"

-- Slurm's "not given" markers (NO_VAL, INFINITE and their 16-bit forms)
local NO_VALUE = { [4294967294] = true, [4294967295] = true, [65534] = true, [65535] = true }

local function given(v)
  if v == nil or NO_VALUE[v] then
    return nil
  end
  return v
end

local function gpus(desc)
  for _, field in ipairs({ desc.tres_per_job, desc.tres_per_node, desc.gres }) do
    if field ~= nil then
      local n = string.match(field, "gpu[^,]*:(%d+)")
      if n then
        return n
      end
    end
  end
  return nil
end

function slurm_job_submit(job_desc, part_list, submit_uid)
  local args = { "quote" }
  local function add(option, value)
    if value ~= nil and value ~= "" then
      table.insert(args, option)
      table.insert(args, quote(value))
    end
  end
  add("--user", job_desc.user_name)
  add("--uid", job_desc.user_id)
  add("--account", job_desc.account)
  add("--partition", job_desc.partition)
  add("--qos", job_desc.qos)
  add("--wckey", job_desc.wckey)
  local cpus = given(job_desc.min_cpus) or 1
  local tasks = given(job_desc.num_tasks)
  local per_task = given(job_desc.cpus_per_task) or 1
  if tasks and tasks * per_task > cpus then
    cpus = tasks * per_task
  end
  add("--cpus", cpus)
  add("--nodes", given(job_desc.min_nodes))
  add("--time-limit", given(job_desc.time_limit))
  add("--gpus", gpus(job_desc))
  -- Lua 5.1 (Slurm's) gives no exit status of a popen'ed command: the shell prints it last
  local command = "GOLD_HOME=" .. quote(HOME) .. " " .. PROGRAM .. " " .. table.concat(args, " ")
      .. " 2>/dev/null; echo \"gold-slurm-status=$?\""
  local p = io.popen(command)
  if not p then
    slurm.log_error("gold: cannot run %s; job let through", PROGRAM)
    return slurm.SUCCESS
  end
  local output = p:read("*a") or ""
  p:close()
  local message, code = string.match(output, "^(.-)%s*gold%-slurm%-status=(%d+)%s*$")
  local status = tonumber(code)
  message = message or output
  if status == 0 then
    if message ~= "" then
      slurm.log_user("%s", message)
    end
    return slurm.SUCCESS
  elseif status == 1 then
    slurm.log_info("gold: submission of uid %s refused: %s", tostring(job_desc.user_id), message)
    slurm.log_user("%s", message)
    return slurm.ERROR
  end
  slurm.log_error("gold: %s exited %s (%s); job let through", PROGRAM, tostring(status), message)
  return slurm.SUCCESS
end

function slurm_job_modify(job_desc, job_rec, part_list, modify_uid)
  return slurm.SUCCESS
end

slurm.log_info("gold: job_submit.lua loaded, Gold install tree %s", HOME)
return slurm.SUCCESS
