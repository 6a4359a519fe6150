// C# events with async handlers: a vector of std::function handlers that
// are coroutine lambdas (capturing by value and by reference, with
// init-captures), invoked in order and awaited, one handler throwing; a
// "Subscribe returns IDisposable" token with RAII unsubscription.
#include <asl/task.h>

#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <string>

class EventSource {
public:
  using Handler = std::function<asl::Task<void>(const std::string &)>;
  class Subscription {
  public:
    Subscription(EventSource *s, int id) : s_(s), id_(id) {}
    Subscription(Subscription &&o) noexcept
        : s_(std::exchange(o.s_, nullptr)), id_(o.id_) {}
    ~Subscription() {
      if (s_)
        s_->handlers_.erase(id_);
    }

  private:
    EventSource *s_;
    int id_;
  };
  Subscription subscribe(Handler h) {
    handlers_.emplace(next_, std::move(h));
    return Subscription(this, next_++);
  }
  ASL_ASYNC asl::Task<int> raise(std::string msg) {
    int failed = 0;
    for (auto &[id, h] : handlers_) {
      try {
        co_await h(msg);
      } catch (const std::exception &e) {
        ++failed;
        std::cout << "  handler " << id << " threw: " << e.what() << "\n";
      }
    }
    co_return failed;
  }

private:
  std::map<int, Handler> handlers_;
  int next_ = 0;
};

ASL_ASYNC asl::Task<void> run(asl::Event &io) {
  EventSource src;
  int count = 0;
  std::string prefix = "log";
  auto s1 = src.subscribe([prefix](const std::string &m) -> asl::Task<void> {
    std::string local = prefix + ": " + m;
    co_return std::cout << "  " << local << "\n", void();
  });
  auto s2 = src.subscribe(
      [&count, &io](const std::string &m) -> asl::Task<void> {
        co_await io;
        count += static_cast<int>(m.size());
      });
  {
    auto s3 = src.subscribe(
        [tag = std::make_shared<std::string>("tmp")](
            const std::string &m) -> asl::Task<void> {
          if (m == "bad")
            throw std::runtime_error(*tag + " rejects " + m);
          co_return;
        });
    std::cout << "failed " << co_await src.raise("hello") << "\n";
    std::cout << "failed " << co_await src.raise("bad") << "\n";
  }
  std::cout << "failed " << co_await src.raise("bad") << "\n";
  std::cout << "count " << count << "\n";
}

int main() {
  asl::Event io(true);
  asl::sync_wait(run(io));
}
