// Checks an async pipeline over real files: every write, read and delete is an
// await that completes on a later turn of an I/O loop, inside for and while
// loops, with strings and vectors living across the awaits.
#include <asl/task.h>

#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

// Completes each file operation on a later turn, like an OS completion port.
class IoLoop {
public:
  template <class T> struct Op {
    IoLoop *loop;
    std::function<T()> work;
    T result{};
    bool await_ready() const { return false; }
    template <class Handle> void await_suspend(Handle h) {
      loop->queue_.push_back([this, h] {
        result = work();
        h.resume();
      });
    }
    T await_resume() { return std::move(result); }
  };

  Op<std::size_t> write(fs::path path, std::string text) {
    return {this, [path, text] {
              std::ofstream(path, std::ios::binary) << text;
              return text.size();
            }};
  }
  Op<std::string> read(fs::path path) {
    return {this, [path] {
              std::ifstream in(path, std::ios::binary);
              return std::string(std::istreambuf_iterator<char>(in), {});
            }};
  }
  Op<bool> remove(fs::path path) {
    return {this, [path] { return fs::remove(path); }};
  }

  int run() {
    int turns = 0;
    for (; !queue_.empty(); ++turns) {
      std::function<void()> f = std::move(queue_.front());
      queue_.pop_front();
      f();
    }
    return turns;
  }

private:
  std::deque<std::function<void()>> queue_;
};

struct LogStats {
  int lines = 0;
  int errors = 0;
};

ASL_ASYNC asl::Task<std::size_t> write_logs(IoLoop &io, fs::path dir,
                                            std::vector<std::string> names) {
  std::size_t total = 0;
  for (std::size_t i = 0; i < names.size(); ++i) {
    std::ostringstream text;
    for (std::size_t line = 0; line <= i + 1; ++line)
      text << (line % 2 == 1 ? "ERROR" : "INFO") << " step " << line << "\n";
    std::size_t bytes = co_await io.write(dir / names[i], text.str());
    std::cout << "wrote " << names[i] << " (" << bytes << " bytes)\n";
    total += bytes;
  }
  co_return total;
}

ASL_ASYNC asl::Task<LogStats> scan_log(IoLoop &io, fs::path file) {
  std::string data = co_await io.read(file);
  LogStats stats;
  std::istringstream in(data);
  std::string line;
  while (std::getline(in, line)) {
    ++stats.lines;
    if (line.rfind("ERROR", 0) == 0)
      ++stats.errors;
  }
  co_return stats;
}

ASL_ASYNC asl::Task<std::string> run_pipeline(IoLoop &io, fs::path dir) {
  std::vector<std::string> names = {"api.log", "db.log", "cache.log"};
  std::size_t written = co_await write_logs(io, dir, names);
  std::cout << "stage 1 done: " << written << " bytes\n";

  std::ostringstream summary;
  std::size_t i = 0;
  while (i < names.size()) {
    LogStats stats = co_await scan_log(io, dir / names[i]);
    summary << names[i] << ": " << stats.lines << " lines, " << stats.errors
            << " errors\n";
    ++i;
  }
  co_await io.write(dir / "summary.txt", summary.str());
  std::string echoed = co_await io.read(dir / "summary.txt");
  std::cout << "stage 2 done: summary has " << echoed.size() << " bytes\n";

  names.push_back("summary.txt");
  int removed = 0;
  for (i = 0; i < names.size(); ++i) {
    bool ok = co_await io.remove(dir / names[i]);
    if (ok)
      ++removed;
  }
  std::cout << "stage 3 done: removed " << removed << " files\n";
  co_return echoed;
}

int main() {
  std::string pattern =
      (fs::temp_directory_path() / "asl_file_pipeline_XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr)
    return 1;
  fs::path dir = pattern;

  IoLoop io;
  asl::Task<std::string> pipeline = run_pipeline(io, dir);
  std::cout << "pipeline started, ready: " << pipeline.is_ready() << "\n";
  int turns = io.run();
  std::string summary = asl::sync_wait(std::move(pipeline));
  std::cout << "loop ran " << turns << " turns\n" << summary;

  bool empty = fs::is_empty(dir);
  fs::remove(dir);
  std::cout << "directory was empty: " << empty
            << ", still exists: " << fs::exists(dir) << "\n";
}
