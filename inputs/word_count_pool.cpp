// Checks real file reads on pool workers: an exception thrown on a worker is
// caught by the task awaiting it on another thread, and a final error thrown
// after the fan-in escapes to sync_wait on the main thread.
#include <asl/task.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace fs = std::filesystem;

struct FileCount {
  int lines = 0;
  int words = 0;
  std::map<std::string, int> frequency;
};

ASL_ASYNC asl::Task<FileCount> count_file(asl::ThreadPool &pool, fs::path file) {
  co_await pool.schedule();
  std::ifstream in(file);
  if (!in)
    throw std::runtime_error("cannot open " + file.filename().string());
  FileCount count;
  std::string line;
  while (std::getline(in, line)) {
    ++count.lines;
    std::size_t pos = 0;
    while (pos < line.size()) {
      std::size_t end = line.find(' ', pos);
      if (end == std::string::npos)
        end = line.size();
      if (end > pos) {
        ++count.words;
        ++count.frequency[line.substr(pos, end - pos)];
      }
      pos = end + 1;
    }
  }
  co_return count;
}

ASL_ASYNC asl::Task<std::string> index_corpus(asl::ThreadPool &pool,
                                              fs::path dir,
                                              std::vector<std::string> names) {
  std::vector<asl::Task<FileCount>> counts;
  for (std::size_t i = 0; i < names.size(); ++i)
    counts.push_back(count_file(pool, dir / names[i]));

  std::map<std::string, int> merged;
  int missing = 0;
  for (std::size_t i = 0; i < counts.size(); ++i) {
    try {
      FileCount c = co_await std::move(counts[i]);
      std::cout << "  " << names[i] << ": " << c.lines << " lines, " << c.words
                << " words\n";
      for (const auto &entry : c.frequency)
        merged[entry.first] += entry.second;
    } catch (const std::runtime_error &e) {
      std::cout << "  " << names[i] << ": " << e.what() << "\n";
      ++missing;
    }
  }
  if (missing > 1)
    throw std::runtime_error(std::to_string(missing) + " files missing");

  std::string best;
  for (const auto &entry : merged)
    if (best.empty() || entry.second > merged[best])
      best = entry.first;
  co_return best + " x" + std::to_string(merged[best]);
}

int main() {
  std::string pattern =
      (fs::temp_directory_path() / "asl_word_count_XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr)
    return 1;
  fs::path dir = pattern;
  std::ofstream(dir / "a.txt") << "the quick fox\njumps over the dog\n";
  std::ofstream(dir / "b.txt") << "the end\n";
  std::ofstream(dir / "c.txt") << "a fox is a fox\nis it\nthe fox\n";

  asl::ThreadPool pool{2};
  std::cout << "corpus 1\n";
  std::string top = asl::sync_wait(
      index_corpus(pool, dir, {"a.txt", "b.txt", "c.txt", "gone.txt"}));
  std::cout << "  most frequent: " << top << "\n";

  std::cout << "corpus 2\n";
  try {
    asl::sync_wait(index_corpus(pool, dir, {"x.txt", "b.txt", "y.txt"}));
  } catch (const std::runtime_error &e) {
    std::cout << "  failed: " << e.what() << "\n";
  }

  int removed = static_cast<int>(fs::remove_all(dir));
  std::cout << "removed " << removed << " paths\n";
}
