#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// A scheduler of our own: suspended awaits queue here, drain() resumes
// them in order, on this thread (deterministic output).
static std::deque<std::function<void()>> g_queue;
[[maybe_unused]] static void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// later(v): suspends once, then yields v.
template <class T> struct Later {
  T val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  T await_resume() { return std::move(val); }
};
template <class T> static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// A guard whose destructor prints.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <map>
#include <sstream>
#include <string>
#include <vector>

// A text adventure's command loop: commands dispatched through a map of
// pointers to async member functions, called with (this->*fn)(arg) and
// awaited; rooms as a nested struct; an inventory of move-only items; an
// unknown command throws and is reported; quitting leaves from a switch
// inside the loop with a goto while guards are alive.

class Game {
public:
  struct Room {
    std::string name;
    std::map<std::string, std::string> exits;
    std::vector<std::string> items;
  };
  using Cmd = asl::Task<int> (Game::*)(std::string);

  Game() {
    rooms_["hall"] = {"hall", {{"north", "lib"}}, {"lamp"}};
    rooms_["lib"] = {"lib", {{"south", "hall"}}, {"book", "key"}};
    cmds_["go"] = &Game::go;
    cmds_["take"] = &Game::take;
    cmds_["look"] = &Game::look;
  }

  ASL_ASYNC asl::Task<int> play(std::vector<std::string> script) {
    int score = 0;
    for (const std::string &line : script) {
      Guard g("turn");
      std::istringstream in(line);
      std::string verb, arg;
      in >> verb >> arg;
      switch (verb.empty() ? '?' : verb[0]) {
      case 'q':
        std::printf("  quitting\n");
        goto done;
      case '?':
        continue;
      default:
        break;
      }
      try {
        auto it = cmds_.find(verb);
        if (it == cmds_.end())
          throw std::invalid_argument("no verb " + verb);
        score += co_await (this->*(it->second))(arg);
      } catch (const std::exception &e) {
        std::printf("  huh? %s\n", e.what());
      }
    }
  done:
    co_return score + static_cast<int>(inv_.size()) * 10;
  }

private:
  ASL_ASYNC asl::Task<int> go(std::string dir) {
    Room &r = rooms_.at(here_);
    auto it = r.exits.find(dir);
    if (it == r.exits.end())
      throw std::out_of_range("cannot go " + dir);
    here_ = co_await later(it->second);
    std::printf("  now in %s\n", here_.c_str());
    co_return 1;
  }
  ASL_ASYNC asl::Task<int> take(std::string what) {
    auto &items = rooms_.at(here_).items;
    for (auto it = items.begin(); it != items.end(); ++it)
      if (*it == what) {
        inv_.push_back(std::make_unique<std::string>(co_await later(what)));
        items.erase(it);
        co_return 5;
      }
    co_return 0;
  }
  ASL_ASYNC asl::Task<int> look(std::string) {
    const Room &r = rooms_.at(here_);
    std::string s;
    for (const auto &i : r.items)
      s += i + " ";
    co_await later(0);
    std::printf("  %s: %s\n", r.name.c_str(), s.c_str());
    co_return 0;
  }

  std::map<std::string, Room> rooms_;
  std::map<std::string, Cmd> cmds_;
  std::string here_ = "hall";
  std::vector<std::unique_ptr<std::string>> inv_;
};

int main() {
  Game g;
  asl::Task<int> t = g.play({"look", "take lamp", "go west", "", "go north",
                             "dance", "take key", "look", "quit", "look"});
  drain();
  std::printf("score %d\n", asl::sync_wait(std::move(t)));
}
