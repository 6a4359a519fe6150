// Checks tasks nested several levels deep: a loader awaits a parser that
// awaits itself recursively for includes and awaits a reader, and an error
// thrown four levels down unwinds through every level to a catch at the top.
#include <asl/task.h>

#include <deque>
#include <functional>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

class ConfigStore {
public:
  struct Fetch {
    ConfigStore *store;
    std::string name;
    bool await_ready() const { return false; }
    template <class Handle> void await_suspend(Handle h) {
      store->pending_.push_back([h] { h.resume(); });
    }
    std::string await_resume() const {
      auto found = store->files_.find(name);
      if (found == store->files_.end())
        throw std::runtime_error("missing file " + name);
      return found->second;
    }
  };

  void add(std::string name, std::string text) { files_[name] = text; }
  Fetch fetch(std::string name) { return Fetch{this, name}; }
  void run() {
    while (!pending_.empty()) {
      std::function<void()> next = std::move(pending_.front());
      pending_.pop_front();
      next();
    }
  }

private:
  std::map<std::string, std::string> files_;
  std::deque<std::function<void()>> pending_;
};

using Settings = std::map<std::string, std::string>;

ASL_ASYNC asl::Task<std::vector<std::string>> read_lines(ConfigStore &store,
                                                         std::string name) {
  std::string text = co_await store.fetch(name);
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line))
    if (!line.empty())
      lines.push_back(line);
  co_return lines;
}

ASL_ASYNC asl::Task<int> parse_file(ConfigStore &store, std::string name,
                                    int depth, Settings &out) {
  std::string indent(depth * 2, ' ');
  std::cout << indent << "parse " << name << "\n";
  std::vector<std::string> lines = co_await read_lines(store, name);
  int keys = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].rfind("include ", 0) == 0) {
      int nested = co_await parse_file(store, lines[i].substr(8), depth + 1, out);
      keys += nested;
      continue;
    }
    std::size_t eq = lines[i].find('=');
    out[lines[i].substr(0, eq)] = lines[i].substr(eq + 1);
    ++keys;
  }
  std::cout << indent << "done " << name << " (" << keys << " keys)\n";
  co_return keys;
}

ASL_ASYNC asl::Task<Settings> load_profile(ConfigStore &store,
                                           std::string profile) {
  Settings settings;
  settings["profile"] = profile;
  int keys = co_await parse_file(store, profile + ".conf", 1, settings);
  std::cout << "profile " << profile << " read " << keys << " keys\n";
  co_return settings;
}

ASL_ASYNC asl::Task<std::string> start_app(ConfigStore &store,
                                           std::string profile) {
  Settings settings;
  try {
    settings = co_await load_profile(store, profile);
  } catch (const std::runtime_error &e) {
    std::cout << "falling back to defaults: " << e.what() << "\n";
    settings["profile"] = "defaults";
  }
  std::string summary;
  for (const auto &entry : settings)
    summary += (summary.empty() ? "" : " ") + entry.first + "=" + entry.second;
  co_return summary;
}

int main() {
  ConfigStore store;
  store.add("prod.conf", "include base.conf\nport=443\ninclude tls.conf\n");
  store.add("base.conf", "port=80\ninclude log.conf\nworkers=4\n");
  store.add("log.conf", "include log_format.conf\nlog=info\n");
  store.add("log_format.conf", "format=json\n");
  store.add("tls.conf", "cert=prod.pem\n");
  store.add("dev.conf", "include base.conf\ninclude debug.conf\n");

  const char *profiles[] = {"prod", "dev"};
  for (const char *profile : profiles) {
    asl::Task<std::string> app = start_app(store, profile);
    store.run();
    std::cout << profile << ": " << asl::sync_wait(std::move(app)) << "\n";
  }
}
