// Checks destroying tasks that are still suspended: the live locals of the
// task and of the tasks it awaits (a temporary or one held in a variable) run
// their destructors, innermost first, and the event no longer resumes them.
#include <asl/task.h>

#include <iostream>
#include <string>

class Tracer {
public:
  explicit Tracer(std::string name) : name_(std::move(name)) {
    std::cout << "  + " << name_ << "\n";
  }
  Tracer(const Tracer &) = delete;
  Tracer &operator=(const Tracer &) = delete;
  ~Tracer() { std::cout << "  - " << name_ << "\n"; }

private:
  std::string name_;
};

struct Network {
  asl::Event online;
};

ASL_ASYNC asl::Task<std::size_t> fetch_part(Network &net, std::string url,
                                            int part) {
  Tracer buffer("buffer " + url + "#" + std::to_string(part));
  co_await net.online;
  std::cout << "  got " << url << "#" << part << "\n";
  co_return url.size() * 100 + part;
}

ASL_ASYNC asl::Task<std::size_t> download(Network &net, std::string url) {
  Tracer connection("connection " + url);
  std::size_t total = 0;
  for (int part = 0; part < 2; ++part) {
    std::size_t bytes = co_await fetch_part(net, url, part);
    total += bytes;
  }
  co_return total;
}

ASL_ASYNC asl::Task<std::size_t> mirror(Network &net, std::string url) {
  Tracer lock("mirror lock " + url);
  asl::Task<std::size_t> primary = download(net, url);
  asl::Task<std::size_t> backup = download(net, url + ".bak");
  std::size_t first = co_await primary;
  std::size_t second = co_await backup;
  co_return first + second;
}

int main() {
  Network net;
  std::cout << "start downloads\n";
  asl::Task<std::size_t> kept = download(net, "a.iso");
  asl::Task<std::size_t> dropped = download(net, "b.iso");
  asl::Task<std::size_t> mirrored = mirror(net, "c.tar");

  std::cout << "cancel b.iso\n";
  dropped = asl::Task<std::size_t>();
  std::cout << "cancel the mirror of c.tar\n";
  {
    asl::Task<std::size_t> gone = std::move(mirrored);
  }
  std::cout << "cancel a download that never ran past its first await\n";
  {
    asl::Task<std::size_t> scoped = download(net, "d.img");
    std::cout << "  leaving scope\n";
  }

  std::cout << "network online\n";
  net.online.set();
  std::cout << "a.iso total " << asl::sync_wait(std::move(kept)) << "\n";
}
