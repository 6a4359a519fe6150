// Interfaces as a C# developer models them: two abstract bases (IReadable,
// IWritable) with async virtual members, a class implementing both with
// out-of-class async definitions in a namespace, calls through either
// interface reference (this-adjusting), const async members calling each
// other through this, and default arguments on the virtuals.
#include <asl/task.h>

#include <iostream>
#include <string>
#include <vector>

namespace io {

class IReadable {
public:
  virtual ~IReadable() = default;
  virtual asl::Task<std::string> read(int n = 3) = 0;
  virtual asl::Task<bool> eof() const = 0;
};
class IWritable {
public:
  virtual ~IWritable() = default;
  virtual asl::Task<int> write(std::string s) = 0;
  ASL_ASYNC asl::Task<int> write_line(std::string s) {
    int n = co_await write(s);
    co_return n + co_await write("\n");
  }
};

class MemoryStream : public IReadable, public IWritable {
public:
  asl::Task<std::string> read(int n = 3) override;
  asl::Task<bool> eof() const override;
  asl::Task<int> write(std::string s) override;
  asl::Task<std::size_t> remaining() const;
  std::string debug() const { return data_ + "@" + std::to_string(pos_); }

private:
  std::string data_;
  std::size_t pos_ = 0;
  mutable asl::Event gate_{true};
};

ASL_ASYNC asl::Task<std::string> MemoryStream::read(int n) {
  co_await gate_;
  std::string out = data_.substr(pos_, static_cast<std::size_t>(n));
  pos_ += out.size();
  co_return out;
}
ASL_ASYNC asl::Task<bool> MemoryStream::eof() const {
  co_return co_await remaining() == 0;
}
ASL_ASYNC asl::Task<std::size_t> MemoryStream::remaining() const {
  co_await gate_;
  co_return data_.size() - pos_;
}
ASL_ASYNC asl::Task<int> MemoryStream::write(std::string s) {
  co_await gate_;
  data_ += s;
  co_return static_cast<int>(s.size());
}

} // namespace io

ASL_ASYNC asl::Task<std::vector<std::string>> copy_chunks(io::IReadable &r,
                                                          io::IWritable &w) {
  std::vector<std::string> chunks;
  while (!co_await r.eof()) {
    std::string c = co_await r.read();
    if (c == "\n" || c.empty())
      continue;
    chunks.push_back(c);
    co_await w.write("[" + c + "]");
  }
  co_return chunks;
}

int main() {
  io::MemoryStream src, dst;
  io::IWritable &w = src;
  int n = asl::sync_wait(w.write_line("hello world"));
  n += asl::sync_wait(w.write_line("ok"));
  std::cout << "wrote " << n << "\n";
  io::IReadable &r = src;
  std::cout << "peek " << asl::sync_wait(r.read(2)) << "\n";
  auto chunks = asl::sync_wait(copy_chunks(src, dst));
  for (auto &c : chunks)
    std::cout << "'" << c << "' ";
  std::cout << "\n" << dst.debug() << "\n";
}
