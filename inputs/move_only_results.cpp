// Checks move-only values through tasks: std::unique_ptr results (completed at
// once and after suspending), tasks held in variables and awaited later with
// co_await std::move(t), and unique_ptr parameters and locals across awaits.
#include <asl/task.h>

#include <deque>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

class RunLoop {
public:
  struct Yield {
    RunLoop *loop;
    bool await_ready() const { return false; }
    template <class Handle> void await_suspend(Handle h) {
      loop->queue_.push_back([h] { h.resume(); });
    }
    void await_resume() const {}
  };
  Yield yield() { return Yield{this}; }
  void run() {
    while (!queue_.empty()) {
      std::function<void()> next = std::move(queue_.front());
      queue_.pop_front();
      next();
    }
  }

private:
  std::deque<std::function<void()>> queue_;
};

struct Document {
  explicit Document(std::string t) : title(std::move(t)) {
    std::cout << "open " << title << "\n";
  }
  ~Document() { std::cout << "close " << title << "\n"; }
  std::string title;
  std::vector<std::string> lines;
};

using DocPtr = std::unique_ptr<Document>;

ASL_ASYNC asl::Task<DocPtr> load(RunLoop &loop, std::string title, int lines,
                                 bool cached) {
  DocPtr doc = std::make_unique<Document>(title);
  if (cached) {
    doc->lines.push_back(title + " (cached)");
    co_return std::move(doc);
  }
  for (int i = 1; i <= lines; ++i) {
    co_await loop.yield();
    doc->lines.push_back(title + " line " + std::to_string(i));
  }
  std::cout << "loaded " << title << "\n";
  co_return std::move(doc);
}

ASL_ASYNC asl::Task<DocPtr> merge(RunLoop &loop, DocPtr first, DocPtr second) {
  co_await loop.yield();
  DocPtr merged = std::make_unique<Document>(first->title + "+" + second->title);
  merged->lines = std::move(first->lines);
  first.reset();
  co_await loop.yield();
  for (std::size_t i = 0; i < second->lines.size(); ++i)
    merged->lines.push_back(second->lines[i]);
  co_return std::move(merged);
}

ASL_ASYNC asl::Task<DocPtr> build_report(RunLoop &loop) {
  asl::Task<DocPtr> intro = load(loop, "intro", 1, false);
  asl::Task<DocPtr> body = load(loop, "body", 3, false);
  asl::Task<DocPtr> legal = load(loop, "legal", 0, true);
  std::cout << "started three loads, legal ready: " << legal.is_ready() << "\n";

  DocPtr a = co_await std::move(body);
  DocPtr b = co_await std::move(intro);
  DocPtr report = co_await merge(loop, std::move(b), std::move(a));
  std::cout << "inputs moved away: " << (a == nullptr && b == nullptr) << "\n";

  DocPtr footer = co_await std::move(legal);
  report->lines.push_back(footer->lines.front());
  co_return std::move(report);
}

int main() {
  RunLoop loop;
  asl::Task<DocPtr> pending = build_report(loop);
  loop.run();
  DocPtr report = asl::sync_wait(std::move(pending));
  std::cout << report->title << ":\n";
  for (const std::string &line : report->lines)
    std::cout << "  " << line << "\n";
  report.reset();
  std::cout << "done\n";
}
