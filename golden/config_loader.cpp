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

// The state machine of read_lines(), line 49. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct read_lines_machine {
  read_lines_machine(ConfigStore &store, std::string &name)
      : name(std::move(name)), store(store) {}
  ~read_lines_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<ConfigStore::Fetch, asl::parameter_copy<std::string>> &&
      !asl::usually_suspends<ConfigStore::Fetch>;

  asl::task_builder<std::vector<std::string>> builder_;
  std::string name;
  ConfigStore &store;
  union {
    ConfigStore::Fetch awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<std::vector<std::string>> read_lines(ConfigStore &store,
                                                         std::string name) {
  return asl::start<read_lines_machine>(store, name);
}

inline void read_lines_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await store.fetch(name) (line 51)
      ::new (asl::place(awaiter0_)) ConfigStore::Fetch(store.fetch(name));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      std::string text = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::vector<std::string> lines;
      std::istringstream in(text);
      std::string line;
      while (std::getline(in, line))
        if (!line.empty())
          lines.push_back(line);
      builder_.set_result(std::move(lines));
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of parse_file(), line 61. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct parse_file_machine {
  parse_file_machine(ConfigStore &store, std::string &name, int &depth,
                     Settings &out)
      : name(std::move(name)), store(store), out(out), depth(std::move(depth)) {
  }
  ~parse_file_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'indent' may be kept
  // (line 64).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::string name;
  ConfigStore &store;
  Settings &out;
  union {
    std::string indent;
  };
  union {
    std::vector<std::string> lines;
  };
  std::size_t i;
  union {
    asl::task_awaiter<std::vector<std::string>> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
  };
  int depth;
  int keys;
  int state_ = -1;
  bool indent_live_ = false;
  bool lines_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(lines, lines_live_);
    asl::destroy(indent, indent_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> parse_file(ConfigStore &store, std::string name,
                                    int depth, Settings &out) {
  return asl::start<parse_file_machine>(store, name, depth, out);
}

inline void parse_file_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      ::new (asl::place(indent)) std::string(depth * 2, ' ');
      indent_live_ = true;

      std::cout << indent << "parse " << name << "\n";
      // co_await read_lines(store, name) (line 65)
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::vector<std::string>>{read_lines(store, name)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(lines))
          std::vector<std::string>(awaiter0_.await_resume());
      lines_live_ = true;
      asl::destroy(awaiter0_, awaiter0_live_);

      keys = 0;

      for (i = 0; i < lines.size(); ++i) {
        if (lines[i].rfind("include ", 0) == 0) {
          // co_await at line 69
          ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{
              parse_file(store, lines[i].substr(8), depth + 1, out)};
          awaiter1_live_ = true;
          if (!awaiter1_.await_ready()) {
            state_ = 1;
            builder_.await_on_completed(awaiter1_, *this);
            unwind_.release();
            return;
          resume1_:
            state_ = -1;
            builder_.rethrow_if_suspend_failed();
          }
          int nested = awaiter1_.await_resume();
          asl::destroy(awaiter1_, awaiter1_live_);

          keys += nested;
          continue;
        }
        std::size_t eq = lines[i].find('=');
        out[lines[i].substr(0, eq)] = lines[i].substr(eq + 1);
        ++keys;
      }
      std::cout << indent << "done " << name << " (" << keys << " keys)\n";
      builder_.set_result(std::move(keys));
      asl::destroy(lines, lines_live_);
      asl::destroy(indent, indent_live_);
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of load_profile(), line 81. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct load_profile_machine {
  load_profile_machine(ConfigStore &store, std::string &profile)
      : profile(std::move(profile)), store(store) {}
  ~load_profile_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'settings' may be kept
  // (line 84).
  static constexpr bool relocatable = false;

  asl::task_builder<Settings> builder_;
  std::string profile;
  ConfigStore &store;
  union {
    Settings settings;
  };
  union {
    asl::task_awaiter<int> awaiter0_;
  };
  int state_ = -1;
  bool settings_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(settings, settings_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<Settings> load_profile(ConfigStore &store,
                                           std::string profile) {
  return asl::start<load_profile_machine>(store, profile);
}

inline void load_profile_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(settings)) Settings;
      settings_live_ = true;

      settings["profile"] = profile;
      // co_await parse_file(store, profile + ".conf", 1, settings) (line 85)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{
          parse_file(store, profile + ".conf", 1, settings)};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      int keys = awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::cout << "profile " << profile << " read " << keys << " keys\n";
      builder_.set_result(std::move(settings));
      asl::destroy(settings, settings_live_);
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of start_app(), line 90. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct start_app_machine {
  start_app_machine(ConfigStore &store, std::string &profile)
      : profile(std::move(profile)), store(store) {}
  ~start_app_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'settings' may be kept
  // (line 94).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  std::string profile;
  ConfigStore &store;
  union {
    Settings settings;
  };
  union {
    std::string summary;
  };
  union {
    asl::task_awaiter<Settings> awaiter0_;
  };
  int state_ = -1;
  bool settings_live_ = false;
  bool summary_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(summary, summary_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(settings, settings_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<std::string> start_app(ConfigStore &store,
                                           std::string profile) {
  return asl::start<start_app_machine>(store, profile);
}

inline void start_app_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
      ::new (asl::place(settings)) Settings;
      settings_live_ = true;

    try0_:
      try {
        asl::try_unwind_guard unwind_try_(
            unwind_, [&] { asl::destroy(awaiter0_, awaiter0_live_); });
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        // co_await load_profile(store, profile) (line 94)
        ::new (asl::place(awaiter0_))
            asl::task_awaiter<Settings>{load_profile(store, profile)};
        awaiter0_live_ = true;
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        settings = awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);

      } catch (const std::runtime_error &e) {
        std::cout << "falling back to defaults: " << e.what() << "\n";
        settings["profile"] = "defaults";
      }
      ::new (asl::place(summary)) std::string;
      summary_live_ = true;

      for (const auto &entry : settings)
        summary +=
            (summary.empty() ? "" : " ") + entry.first + "=" + entry.second;
      builder_.set_result(std::move(summary));
      asl::destroy(summary, summary_live_);
      asl::destroy(settings, settings_live_);
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
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
