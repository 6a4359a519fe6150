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
#include <cctype>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

// An HTTP-ish request parser ported to async: the byte source delivers
// chunks asynchronously; the parser is a switch-driven state machine with
// fallthrough, awaits in cases, optional headers, exceptions for malformed
// input caught several awaits up, and a guard per request.

struct BadRequest : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Source {
public:
  explicit Source(std::vector<std::string> chunks)
      : chunks_(std::move(chunks)) {}
  ASL_ASYNC asl::Task<std::optional<std::string>> next() {
    if (pos_ == chunks_.size())
      co_return std::nullopt;
    std::string c = co_await later(chunks_[pos_]);
    ++pos_;
    co_return c;
  }

private:
  std::vector<std::string> chunks_;
  size_t pos_ = 0;
};

struct Request {
  std::string method, path;
  std::map<std::string, std::string> headers;
  std::string body;
};

enum class St { Method, Path, Version, HeaderName, HeaderValue, Body, Done };

static std::string trim(const std::string &s) {
  size_t b = 0, e = s.size();
  while (b < e && s[b] == ' ')
    ++b;
  while (e > b && s[e - 1] == ' ')
    --e;
  return s.substr(b, e - b);
}

ASL_ASYNC asl::Task<Request> parse(Source &src) {
  Guard g("parse");
  Request req;
  St st = St::Method;
  std::string tok, name;
  size_t want = 0;
  while (st != St::Done) {
    std::optional<std::string> chunk = co_await src.next();
    if (!chunk)
      throw BadRequest("eof in " + std::to_string(static_cast<int>(st)));
    for (char c : *chunk) {
      switch (st) {
      case St::Method:
        if (c != ' ') {
          tok += c;
          break;
        }
        req.method = tok;
        tok.clear();
        st = St::Path;
        break;
      case St::Path:
        if (c == ' ') {
          req.path = std::move(tok);
          tok.clear();
          st = St::Version;
        } else {
          tok += c;
        }
        break;
      case St::Version:
        if (c == '\n') {
          if (tok != "H/1")
            throw BadRequest("version " + tok);
          tok.clear();
          st = St::HeaderName;
        } else {
          tok += c;
        }
        break;
      case St::HeaderName:
        if (c == '\n' && tok.empty()) {
          auto it = req.headers.find("len");
          want = it == req.headers.end() ? 0 : std::stoul(it->second);
          st = want ? St::Body : St::Done;
          break;
        }
        if (c == ':') {
          name = tok;
          tok.clear();
          st = St::HeaderValue;
          break;
        }
        tok += static_cast<char>(std::tolower(c));
        break;
      case St::HeaderValue:
        if (c != '\n') {
          tok += c;
          break;
        }
        req.headers[name] = trim(tok);
        tok.clear();
        st = St::HeaderName;
        break;
      case St::Body:
        req.body += c;
        if (req.body.size() == want)
          st = St::Done;
        [[fallthrough]];
      case St::Done:
        break;
      }
    }
  }
  co_return req;
}

ASL_ASYNC asl::Task<int> serve(std::vector<std::string> chunks) {
  Guard g("serve");
  Source src(std::move(chunks));
  try {
    const Request &r = co_await parse(src);
    std::printf("  %s %s body=%s\n", r.method.c_str(), r.path.c_str(),
                r.body.c_str());
    for (const auto &[k, v] : r.headers)
      std::printf("  hdr %s=%s\n", k.c_str(), v.c_str());
    co_return static_cast<int>(r.headers.size());
  } catch (const BadRequest &e) {
    std::printf("  bad request: %s\n", e.what());
    co_return -1;
  }
}

int main() {
  std::vector<std::vector<std::string>> cases = {
      {"GET /in", "dex H/1\nHost:  a.b \nLen: 3\n", "\nab", "c"},
      {"POST /x H/1\n", "\n"},
      {"PUT /y H/2\n"},
      {"GET /z H/1\nX: 1\n"},
  };
  for (auto &c : cases) {
    asl::Task<int> t = serve(c);
    drain();
    std::printf("result %d\n", asl::sync_wait(std::move(t)));
  }
}
